// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IndicatorDocument.h"
#include "core/validation/ByteHash.h"
#include "core/validation/DuplicateIndex.h"
#include "core/validation/IssueMessages.h"
#include "core/validation/MatchingKey.h"
#include "support/BenignValuesFile.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <vector>

using namespace im;

Q_DECLARE_METATYPE(im::Indicator)

namespace {

const QString kSha256 = QStringLiteral("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Indicator typed(const char *type, const QString &value, std::initializer_list<std::pair<Field, QString>> more = {})
{
    Indicator i =
        test::indicatorWith({{Field::IndicatorType, QString::fromLatin1(type)}, {Field::IndicatorValue, value}});
    for (const auto &[field, text] : more)
        i[field] = text;
    return i;
}

Indicator withAction(const QString &action)
{
    // Informational: a Block with an alert and another severity has a warning of its own.
    return test::indicatorWith({{Field::Action, action},
                                {Field::GenerateAlert, QStringLiteral("true")},
                                {Field::Severity, QStringLiteral("Informational")}});
}

IndicatorDocument documentOf(const std::vector<Indicator> &rows)
{
    IndicatorDocument doc;
    doc.setNow(test::kTestNow);
    doc.insertIndicators(0, rows);
    doc.validateAll();
    return doc;
}

IndicatorDocument documentOfActions(const QStringList &actions)
{
    std::vector<Indicator> rows;
    for (const QString &a : actions)
        rows.push_back(withAction(a));
    return documentOf(rows);
}

// Only the row.* codes of a row, sorted.
QString rowCodes(const IndicatorDocument &doc, int row)
{
    IssueSet only;
    if (doc.issues(row).contains(IssueCode::RowDuplicate))
        only.insert(IssueCode::RowDuplicate);
    if (doc.issues(row).contains(IssueCode::RowConflict))
        only.insert(IssueCode::RowConflict);
    return test::codesOf(only);
}

// The codes of every row, one string per row, as a fresh document would find them.
QStringList freshCodes(const IndicatorTable &table)
{
    std::vector<Indicator> rows;
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.indicator(r));
    const IndicatorDocument fresh = documentOf(rows);
    QStringList out;
    for (int r = 0; r < fresh.rowCount(); ++r)
        out << test::codesOf(fresh.issues(r));
    return out;
}

QStringList codesOfAll(const IndicatorDocument &doc)
{
    QStringList out;
    for (int r = 0; r < doc.rowCount(); ++r)
        out << test::codesOf(doc.issues(r));
    return out;
}

QByteArray keyOf(const Indicator &indicator, KeyScope scope)
{
    QByteArray key;
    buildMatchingKey(indicator, scope, key);
    return key;
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyHashesTellSimilarKeysApart();
    void flagsDuplicatesAndConflicts_data();
    void flagsDuplicatesAndConflicts();
    void buildsKeysOnlyForRowsWithTypeAndValue_data();
    void buildsKeysOnlyForRowsWithTypeAndValue();
    void flagsEveryRowOfAMixedGroup_data();
    void flagsEveryRowOfAMixedGroup();
    void firstMatchNamesTheRowOfTheRelation_data();
    void firstMatchNamesTheRowOfTheRelation();
    void messagesNameTheOtherRow_data();
    void messagesNameTheOtherRow();
    void messagesWithoutAnIndexNameNoRow();
    void editingARowAwayClearsTheOtherRow();
    void editingARowOntoAnotherFlagsIt();
    void changingTheActionTurnsADuplicateIntoAConflict();
    void changingDeviceGroupsEndsAConflict();
    void editingAnotherCellKeepsTheFlags();
    void insertingACopyBeforeTheOriginalMovesTheFlag();
    void insertingACopyAfterTheOriginalFlagsOnlyTheCopy();
    void removingTheFirstRowPassesTheRoleOn();
    void removingEveryCopyClearsTheLastOne();
    void undoOfARemovalRestoresTheFlags();
    void applyingAFixCanRevealADuplicate();
    void incrementalEditsAgreeWithAFullValidation();
    void thousandIdenticalRowsInsertedOneByOne();
    void fiftyThousandIdenticalRowsAreOneGroup();

private:
    QTemporaryDir m_config;
};

void TestDuplicates::initTestCase()
{
    // The cases use Google's resolvers and example.com as plain public values: the user's list of this
    // test takes them off the well-known values, so each case shows only the duplicate rules.
    QVERIFY(m_config.isValid());
    QVERIFY(test::useBenignValuesFile(m_config.path(), "!8.8.8.8\n!8.8.4.4\n!2001:4860:4860::8888\n!example.com\n"
                                                       "!www.example.com\n!example.org\n!www.example.org\n"));
}

void TestDuplicates::flagsDuplicatesAndConflicts_data()
{
    QTest::addColumn<Indicator>("first");
    QTest::addColumn<Indicator>("second");
    QTest::addColumn<QString>("firstCodes");
    QTest::addColumn<QString>("secondCodes");

    const QString dup = QStringLiteral("row.duplicate");
    const QString conflict = QStringLiteral("row.conflict");
    const Indicator valid = test::validIndicator();
    const auto groups = [](const char *names) {
        return test::indicatorWith({{Field::RbacGroupNames, QString::fromUtf8(names)}});
    };

    QTest::newRow("an exact copy is a duplicate, the original is not") << valid << valid << QString() << dup;
    QTest::newRow("a SHA-256 in upper case duplicates its lower-case form")
        << typed("FileSha256", kSha256) << typed("FileSha256", kSha256.toUpper()) << QString()
        << QStringLiteral("hash.uppercase,row.duplicate");
    QTest::newRow("a lower-case hash after an upper-case one is the duplicate")
        << typed("FileSha256", kSha256.toUpper()) << typed("FileSha256", kSha256) << QStringLiteral("hash.uppercase")
        << dup;
    QTest::newRow("a thumbprint in upper case duplicates its lower-case form")
        << typed("CertificateThumbprint", kSha256.left(40), {{Field::Action, QStringLiteral("Allowed")}})
        << typed("CertificateThumbprint", kSha256.left(40).toUpper(), {{Field::Action, QStringLiteral("Allowed")}})
        << QString() << QStringLiteral("hash.uppercase,row.duplicate");
    QTest::newRow("the same 40 hex digits as FileSha1 and as thumbprint are unrelated")
        << typed("FileSha1", kSha256.left(40), {{Field::Action, QStringLiteral("Allowed")}})
        << typed("CertificateThumbprint", kSha256.left(40), {{Field::Action, QStringLiteral("Allowed")}}) << QString()
        << QString();
    QTest::newRow("different hashes are unrelated")
        << typed("FileSha256", kSha256) << typed("FileSha256", kSha256.left(63) + QLatin1Char('0')) << QString()
        << QString();
    QTest::newRow("compressed IPv6 and its full form are one key")
        << typed("IpAddress", QStringLiteral("2001:4860:4860:0:0:0:0:8888"))
        << typed("IpAddress", QStringLiteral("2001:4860:4860::8888")) << QString()
        << QStringLiteral("ip.v6-compressed,row.duplicate");
    QTest::newRow("IPv6 with and without leading zeros are one key")
        << typed("IpAddress", QStringLiteral("2001:4860:4860:0:0:0:0:8888"))
        << typed("IpAddress", QStringLiteral("2001:4860:4860:0000:0000:0000:0000:8888")) << QString() << dup;
    QTest::newRow("IPv6 in upper and lower case are one key")
        << typed("IpAddress", QStringLiteral("2606:4700:4700:0:0:0:0:abcd"))
        << typed("IpAddress", QStringLiteral("2606:4700:4700:0:0:0:0:ABCD")) << QString() << dup;
    QTest::newRow("different IPv4 addresses are unrelated")
        << typed("IpAddress", QStringLiteral("8.8.8.8")) << typed("IpAddress", QStringLiteral("8.8.4.4")) << QString()
        << QString();
    QTest::newRow("domains differing in case are one key")
        << typed("DomainName", QStringLiteral("evil.example.com"))
        << typed("DomainName", QStringLiteral("EVIL.Example.COM")) << QString() << dup;
    QTest::newRow("a domain with a trailing dot is the same domain")
        << typed("DomainName", QStringLiteral("evil.example.com"))
        << typed("DomainName", QStringLiteral("evil.example.com.")) << QString()
        << QStringLiteral("domain.trailing-dot,row.duplicate");
    QTest::newRow("an internationalised domain and its punycode are one key")
        << typed("DomainName", s("münchen.de")) << typed("DomainName", QStringLiteral("xn--mnchen-3ya.de")) << QString()
        << dup;
    QTest::newRow("a subdomain is a different domain")
        << typed("DomainName", QStringLiteral("example.com")) << typed("DomainName", QStringLiteral("www.example.com"))
        << QString() << QString();
    QTest::newRow("URLs differing in scheme case are one key")
        << typed("Url", QStringLiteral("https://evil.com/a")) << typed("Url", QStringLiteral("HTTPS://evil.com/a"))
        << QString() << dup;
    QTest::newRow("URLs differing in host case are one key")
        << typed("Url", QStringLiteral("https://evil.com/a")) << typed("Url", QStringLiteral("https://EVIL.Com/a"))
        << QString() << dup;
    QTest::newRow("URLs with an internationalised host and its punycode are one key")
        << typed("Url", s("https://münchen.de/a")) << typed("Url", QStringLiteral("https://xn--mnchen-3ya.de/a"))
        << QString() << dup;
    QTest::newRow("URLs differing in path case are unrelated")
        << typed("Url", QStringLiteral("https://evil.com/a")) << typed("Url", QStringLiteral("https://evil.com/A"))
        << QString() << QString();
    QTest::newRow("URLs with and without a trailing slash are unrelated")
        << typed("Url", QStringLiteral("https://evil.com")) << typed("Url", QStringLiteral("https://evil.com/"))
        << QString() << QString();
    QTest::newRow("http and https URLs are unrelated")
        << typed("Url", QStringLiteral("http://evil.com/")) << typed("Url", QStringLiteral("https://evil.com/"))
        << QString() << QString();
    QTest::newRow("URLs with different ports are unrelated")
        << typed("Url", QStringLiteral("https://evil.com:8443/")) << typed("Url", QStringLiteral("https://evil.com/"))
        << QString() << QString();
    QTest::newRow("a value with spaces around it is the same value")
        << typed("IpAddress", QStringLiteral("8.8.8.8")) << typed("IpAddress", QStringLiteral(" 8.8.8.8\t"))
        << QString() << QStringLiteral("row.duplicate,value.whitespace");
    QTest::newRow("a value with a line break after it is the same value")
        << typed("IpAddress", QStringLiteral("8.8.8.8")) << typed("IpAddress", QStringLiteral("8.8.8.8\r\n"))
        << QString() << QStringLiteral("row.duplicate,value.whitespace");
    QTest::newRow("device groups in another order are the same set")
        << groups("Servers,Laptops") << groups("Laptops,Servers") << QString() << dup;
    QTest::newRow("device groups in another case are the same set")
        << groups("Servers,Laptops") << groups("SERVERS,laptops") << QString() << dup;
    QTest::newRow("device groups with spaces after commas are the same set")
        << groups("Servers,Finance Laptops") << groups(" Finance Laptops , Servers") << QString() << dup;
    QTest::newRow("a repeated device group is the same set")
        << groups("Servers") << groups("Servers,servers") << QString() << dup;
    QTest::newRow("different device groups are neither duplicates nor conflicts")
        << groups("Servers") << groups("Laptops") << QString() << QString();
    QTest::newRow("all devices and one group are unrelated")
        << groups("") << groups("Servers") << QString() << QString();
    QTest::newRow("a group and a superset are unrelated")
        << groups("Servers") << groups("Servers,Laptops") << QString() << QString();
    QTest::newRow("legacy Alert equals Audit")
        << withAction(QStringLiteral("Audit")) << withAction(QStringLiteral("Alert")) << QString()
        << QStringLiteral("action.legacy,row.duplicate");
    QTest::newRow("Audit after legacy Alert is the duplicate")
        << withAction(QStringLiteral("Alert")) << withAction(QStringLiteral("Audit")) << QStringLiteral("action.legacy")
        << dup;
    QTest::newRow("legacy AlertAndBlock equals BlockAndRemediate")
        << withAction(QStringLiteral("BlockAndRemediate")) << withAction(QStringLiteral("AlertAndBlock")) << QString()
        << QStringLiteral("action.legacy,row.duplicate");
    QTest::newRow("Block and Allowed for one value conflict on both rows")
        << withAction(QStringLiteral("Block")) << withAction(QStringLiteral("Allowed")) << conflict << conflict;
    QTest::newRow("Audit and Warn for one value conflict on both rows")
        << withAction(QStringLiteral("Audit")) << withAction(QStringLiteral("Warn")) << conflict << conflict;
    QTest::newRow("legacy Alert and Block conflict")
        << withAction(QStringLiteral("Alert")) << withAction(QStringLiteral("Block"))
        << QStringLiteral("action.legacy,row.conflict") << conflict;
    QTest::newRow("different actions for different device groups are no conflict")
        << test::indicatorWith({{Field::RbacGroupNames, QStringLiteral("Servers")}})
        << test::indicatorWith(
               {{Field::RbacGroupNames, QStringLiteral("Laptops")}, {Field::Action, QStringLiteral("Allowed")}})
        << QString() << QString();
    QTest::newRow("a different title is still a duplicate")
        << valid << test::indicatorWith({{Field::Title, QStringLiteral("Another title")}}) << QString() << dup;
    QTest::newRow("a different severity is still a duplicate")
        << valid << test::indicatorWith({{Field::Severity, QStringLiteral("Low")}}) << QString() << dup;
    QTest::newRow("a different expiration is still a duplicate")
        << valid << test::indicatorWith({{Field::ExpirationTime, QStringLiteral("2027-01-31T00:00:00Z")}}) << QString()
        << dup;
    QTest::newRow("rows without a type are never duplicates")
        << test::indicatorWith({{Field::IndicatorType, QString()}})
        << test::indicatorWith({{Field::IndicatorType, QString()}}) << QStringLiteral("type.missing")
        << QStringLiteral("type.missing");
    QTest::newRow("rows with an unknown type are never duplicates")
        << test::indicatorWith({{Field::IndicatorType, QStringLiteral("Hash")}})
        << test::indicatorWith({{Field::IndicatorType, QStringLiteral("Hash")}}) << QStringLiteral("type.unknown")
        << QStringLiteral("type.unknown");
    QTest::newRow("rows without a value are never duplicates")
        << test::indicatorWith({{Field::IndicatorValue, QString()}})
        << test::indicatorWith({{Field::IndicatorValue, QStringLiteral("  ")}}) << QStringLiteral("value.missing")
        << QStringLiteral("value.missing");
}

void TestDuplicates::flagsDuplicatesAndConflicts()
{
    QFETCH(Indicator, first);
    QFETCH(Indicator, second);
    QFETCH(QString, firstCodes);
    QFETCH(QString, secondCodes);

    // Found by a full validation...
    IndicatorDocument doc = documentOf({first, second});
    QCOMPARE(test::codesOf(doc.issues(0)), firstCodes);
    QCOMPARE(test::codesOf(doc.issues(1)), secondCodes);

    // ...and by an edit that turns an unrelated row into the second one.
    IndicatorDocument edited = documentOf({first, typed("DomainName", QStringLiteral("unrelated.example.org"))});
    QCOMPARE(rowCodes(edited, 0), QString());
    const std::vector<int> changed = edited.setIndicator(1, second);
    QCOMPARE(test::codesOf(edited.issues(0)), firstCodes);
    QCOMPARE(test::codesOf(edited.issues(1)), secondCodes);
    const bool firstChanged = firstCodes.contains(QLatin1String("row."));
    QCOMPARE(changed, firstChanged ? std::vector<int>{0} : std::vector<int>{});
}

void TestDuplicates::buildsKeysOnlyForRowsWithTypeAndValue_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<bool>("hasKey");

    QTest::newRow("a valid row has a key") << test::validIndicator() << true;
    QTest::newRow("an invalid value still has a key") << typed("FileSha256", QStringLiteral("xyz")) << true;
    QTest::newRow("an unknown action still has a key") << withAction(QStringLiteral("Nuke")) << true;
    QTest::newRow("a blank type has no key") << typed("", kSha256) << false;
    QTest::newRow("an unknown type has no key") << typed("Sha256", kSha256) << false;
    QTest::newRow("a blank value has no key") << typed("FileSha256", QString()) << false;
    QTest::newRow("a value of spaces has no key") << typed("FileSha256", QStringLiteral("   ")) << false;
}

void TestDuplicates::buildsKeysOnlyForRowsWithTypeAndValue()
{
    QFETCH(Indicator, indicator);
    QFETCH(bool, hasKey);
    QByteArray key = "left over";
    QCOMPARE(buildMatchingKey(indicator, KeyScope::WithAction, key), hasKey);
    QCOMPARE(buildMatchingKey(indicator, KeyScope::WithoutAction, key), hasKey);
    if (!hasKey)
        return;
    // The action is part of one scope only.
    Indicator other = indicator;
    other[Field::Action] = QStringLiteral("Allowed");
    QCOMPARE(keyOf(indicator, KeyScope::WithoutAction), keyOf(other, KeyScope::WithoutAction));
    QVERIFY(keyOf(indicator, KeyScope::WithAction) != keyOf(other, KeyScope::WithAction));
    QVERIFY(hashKey(keyOf(indicator, KeyScope::WithoutAction)) != 0);
    // The table form and the Indicator form give the same key.
    IndicatorTable table = test::tableOf({indicator});
    QByteArray fromCells;
    QVERIFY(buildMatchingKey(table.cells(0), KeyScope::WithAction, fromCells));
    QCOMPARE(fromCells, keyOf(indicator, KeyScope::WithAction));
}

void TestDuplicates::flagsEveryRowOfAMixedGroup_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QStringList>("codes"); // row.* codes of each row

    const QString none;
    const QString dup = QStringLiteral("row.duplicate");
    const QString conflict = QStringLiteral("row.conflict");
    const QString both = QStringLiteral("row.conflict,row.duplicate");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromLatin1(item);
        return out;
    };

    QTest::newRow("three copies: the second and third are duplicates")
        << list({"Block", "Block", "Block"}) << QStringList{none, dup, dup};
    QTest::newRow("a repeated action after another conflicts everywhere")
        << list({"Block", "Block", "Audit"}) << QStringList{conflict, both, conflict};
    QTest::newRow("the repeated action may come last")
        << list({"Audit", "Block", "Block"}) << QStringList{conflict, conflict, both};
    QTest::newRow("a repeated action around another")
        << list({"Block", "Audit", "Block"}) << QStringList{conflict, conflict, both};
    QTest::newRow("two pairs of actions")
        << list({"Allowed", "Block", "Allowed", "Block"}) << QStringList{conflict, conflict, both, both};
    QTest::newRow("legacy names count as their current action")
        << list({"Audit", "Alert", "Block"}) << QStringList{conflict, both, conflict};
}

void TestDuplicates::flagsEveryRowOfAMixedGroup()
{
    QFETCH(QStringList, actions);
    QFETCH(QStringList, codes);
    const IndicatorDocument doc = documentOfActions(actions);
    QStringList got;
    for (int r = 0; r < doc.rowCount(); ++r)
        got << rowCodes(doc, r);
    QCOMPARE(got, codes);
    QCOMPARE(doc.summary().duplicates, int(codes.filter(QStringLiteral("row.duplicate")).size()));
}

void TestDuplicates::firstMatchNamesTheRowOfTheRelation_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("duplicateOf");  // firstMatchOf(..., RowDuplicate)
    QTest::addColumn<int>("conflictWith"); // firstMatchOf(..., RowConflict)
    QTest::addColumn<int>("anyMatch");     // firstMatchOf(table, row)

    const QStringList pair = {QStringLiteral("Block"), QStringLiteral("Block")};
    const QStringList mixed = {QStringLiteral("Audit"), QStringLiteral("Block"), QStringLiteral("Block")};
    const QStringList mixed2 = {QStringLiteral("Block"), QStringLiteral("Block"), QStringLiteral("Audit")};

    QTest::newRow("the copy of a pair matches the original") << pair << 1 << 0 << -1 << 0;
    QTest::newRow("the original of a pair matches the copy") << pair << 0 << 1 << -1 << 1;
    QTest::newRow("a lone row matches nothing") << QStringList{QStringLiteral("Block")} << 0 << -1 << -1 << -1;
    QTest::newRow("a later Block duplicates the earlier Block, not the Audit") << mixed << 2 << 1 << 0 << 0;
    QTest::newRow("the first Block conflicts with the Audit") << mixed << 1 << 2 << 0 << 0;
    QTest::newRow("the Audit conflicts with the first Block") << mixed << 0 << -1 << 1 << 1;
    QTest::newRow("the first Block conflicts with the later Audit") << mixed2 << 0 << 1 << 2 << 1;
    QTest::newRow("the second Block duplicates the first") << mixed2 << 1 << 0 << 2 << 0;
    QTest::newRow("the Audit conflicts with the first Block of two") << mixed2 << 2 << -1 << 0 << 0;
}

void TestDuplicates::firstMatchNamesTheRowOfTheRelation()
{
    QFETCH(QStringList, actions);
    QFETCH(int, row);
    QFETCH(int, duplicateOf);
    QFETCH(int, conflictWith);
    QFETCH(int, anyMatch);

    // An unrelated row first, so that row numbers and positions in the group differ.
    std::vector<Indicator> rows{typed("DomainName", QStringLiteral("unrelated.example.org"))};
    for (const QString &a : actions)
        rows.push_back(withAction(a));
    const IndicatorDocument doc = documentOf(rows);
    const auto shift = [](int r) { return r < 0 ? r : r + 1; };
    const DuplicateIndex &index = doc.duplicates();
    QCOMPARE(index.firstMatchOf(doc.table(), row + 1, IssueCode::RowDuplicate), shift(duplicateOf));
    QCOMPARE(index.firstMatchOf(doc.table(), row + 1, IssueCode::RowConflict), shift(conflictWith));
    QCOMPARE(index.firstMatchOf(doc.table(), row + 1), shift(anyMatch));
    QCOMPARE(index.firstMatchOf(doc.table(), 0), -1);
}

void TestDuplicates::messagesNameTheOtherRow_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    const QStringList pair = {QStringLiteral("Block"), QStringLiteral("Block")};
    const QStringList conflict = {QStringLiteral("Block"), QStringLiteral("Allowed")};
    const QStringList mixed = {QStringLiteral("Audit"), QStringLiteral("Block"), QStringLiteral("Block")};
    const QStringList mixed2 = {QStringLiteral("Block"), QStringLiteral("Block"), QStringLiteral("Audit")};
    const QString dup = QStringLiteral("row.duplicate");
    const QString con = QStringLiteral("row.conflict");
    const auto sameAs = [](int row) {
        return QStringLiteral("Same indicator as row %1 (type, value, action and device groups).").arg(row);
    };
    const auto differs = [](int row) {
        return QStringLiteral("Row %1 has the same indicator with a different action.").arg(row);
    };

    QTest::newRow("a copy names row 1") << pair << 1 << dup << sameAs(1);
    QTest::newRow("a conflict names the later row") << conflict << 0 << con << differs(2);
    QTest::newRow("a conflict names the earlier row") << conflict << 1 << con << differs(1);
    QTest::newRow("a duplicate in a mixed group names the row with its action") << mixed << 2 << dup << sameAs(2);
    QTest::newRow("a conflict in a mixed group names a row with another action") << mixed << 2 << con << differs(1);
    QTest::newRow("the first of two copies names the other action for its conflict")
        << mixed2 << 0 << con << differs(3);
    QTest::newRow("the second of two copies names the first as its duplicate") << mixed2 << 1 << dup << sameAs(1);
    QTest::newRow("the second of two copies names the other action for its conflict")
        << mixed2 << 1 << con << differs(3);
}

void TestDuplicates::messagesNameTheOtherRow()
{
    QFETCH(QStringList, actions);
    QFETCH(int, row);
    QFETCH(QString, code);
    QFETCH(QString, expected);

    const IndicatorDocument doc = documentOfActions(actions);
    IssueCode issue;
    QVERIFY(issueCodeFromString(code.toLatin1().constData(), &issue));
    QVERIFY(doc.issues(row).contains(issue));
    const QString message = IssueMessages::describe(doc.table(), row, issue, &doc.duplicates());
    QVERIFY2(message.startsWith(expected), qPrintable(message));
}

void TestDuplicates::messagesWithoutAnIndexNameNoRow()
{
    const IndicatorDocument doc =
        documentOfActions({QStringLiteral("Block"), QStringLiteral("Block"), QStringLiteral("Allowed")});
    const QString duplicate = IssueMessages::describe(doc.table(), 1, IssueCode::RowDuplicate, nullptr);
    QVERIFY2(duplicate.contains(QLatin1String("an earlier row")), qPrintable(duplicate));
    const QString conflict = IssueMessages::describe(doc.table(), 2, IssueCode::RowConflict, nullptr);
    QVERIFY2(conflict.startsWith(QLatin1String("Another row")), qPrintable(conflict));
    QVERIFY(!conflict.contains(QRegularExpression(QStringLiteral("\\d"))));
}

void TestDuplicates::editingARowAwayClearsTheOtherRow()
{
    IndicatorDocument doc = documentOf({test::validIndicator(), test::validIndicator()});
    QCOMPARE(rowCodes(doc, 1), QStringLiteral("row.duplicate"));
    const QString elsewhere = QString(63, u'0') + QLatin1Char('1');
    const std::vector<int> changed = doc.setText(0, Field::IndicatorValue, elsewhere);
    QCOMPARE(changed, std::vector<int>{1});
    QCOMPARE(test::codesOf(doc.issues(0)), QString());
    QCOMPARE(test::codesOf(doc.issues(1)), QString());
    QCOMPARE(doc.duplicates().firstMatchOf(doc.table(), 1), -1);
}

void TestDuplicates::editingARowOntoAnotherFlagsIt()
{
    IndicatorDocument doc = documentOf({typed("FileSha256", kSha256), test::validIndicator()});
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QString()}));
    const std::vector<int> changed = doc.setText(1, Field::IndicatorValue, kSha256.toUpper());
    QVERIFY(changed.empty()); // the original row keeps its issues; the edited row is not listed
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QStringLiteral("hash.uppercase,row.duplicate")}));
    QCOMPARE(doc.duplicates().firstMatchOf(doc.table(), 1, IssueCode::RowDuplicate), 0);
}

void TestDuplicates::changingTheActionTurnsADuplicateIntoAConflict()
{
    IndicatorDocument doc = documentOf({test::validIndicator(), test::validIndicator()});
    const std::vector<int> changed = doc.setText(1, Field::Action, QStringLiteral("Allowed"));
    QCOMPARE(changed, std::vector<int>{0});
    QCOMPARE(codesOfAll(doc), (QStringList{QStringLiteral("row.conflict"), QStringLiteral("row.conflict")}));
    // And back.
    QCOMPARE(doc.setText(1, Field::Action, QStringLiteral("Block")), std::vector<int>{0});
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QStringLiteral("row.duplicate")}));
}

void TestDuplicates::changingDeviceGroupsEndsAConflict()
{
    IndicatorDocument doc = documentOf({test::validIndicator(), withAction(QStringLiteral("Warn"))});
    QCOMPARE(codesOfAll(doc), (QStringList{QStringLiteral("row.conflict"), QStringLiteral("row.conflict")}));
    QCOMPARE(doc.setText(1, Field::RbacGroupNames, QStringLiteral("Servers")), std::vector<int>{0});
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QString()}));
    // The same groups in another case and order bring it back.
    QCOMPARE(doc.setText(0, Field::RbacGroupNames, QStringLiteral("servers")), std::vector<int>{1});
    QCOMPARE(codesOfAll(doc), (QStringList{QStringLiteral("row.conflict"), QStringLiteral("row.conflict")}));
}

void TestDuplicates::editingAnotherCellKeepsTheFlags()
{
    IndicatorDocument doc = documentOf({test::validIndicator(), test::validIndicator()});
    QVERIFY(doc.setText(1, Field::Title, QStringLiteral("Renamed")).empty());
    QVERIFY(doc.setText(0, Field::Severity, QStringLiteral("oops")).empty());
    QCOMPARE(codesOfAll(doc), (QStringList{QStringLiteral("severity.unknown"), QStringLiteral("row.duplicate")}));
}

void TestDuplicates::insertingACopyBeforeTheOriginalMovesTheFlag()
{
    IndicatorDocument doc =
        documentOf({typed("DomainName", QStringLiteral("other.example.org")), test::validIndicator()});
    const std::vector<int> changed = doc.insertIndicators(0, {test::validIndicator()});
    // The original moved to row 2 and is now the later copy.
    QCOMPARE(changed, std::vector<int>{2});
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QString(), QStringLiteral("row.duplicate")}));
    QCOMPARE(doc.duplicates().firstMatchOf(doc.table(), 2, IssueCode::RowDuplicate), 0);
}

void TestDuplicates::insertingACopyAfterTheOriginalFlagsOnlyTheCopy()
{
    IndicatorDocument doc = documentOf({test::validIndicator()});
    QVERIFY(doc.insertIndicators(1, {test::validIndicator(), test::validIndicator()}).empty());
    QCOMPARE(codesOfAll(doc),
             (QStringList{QString(), QStringLiteral("row.duplicate"), QStringLiteral("row.duplicate")}));
    QCOMPARE(doc.summary().duplicates, 2);
}

void TestDuplicates::removingTheFirstRowPassesTheRoleOn()
{
    IndicatorDocument doc = documentOf({test::validIndicator(), test::validIndicator(), test::validIndicator()});
    const std::vector<int> changed = doc.removeRows(0, 1);
    QCOMPARE(changed, std::vector<int>{0});
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QStringLiteral("row.duplicate")}));
}

void TestDuplicates::removingEveryCopyClearsTheLastOne()
{
    IndicatorDocument doc = documentOf({test::validIndicator(), withAction(QStringLiteral("Allowed")),
                                        test::validIndicator(), typed("IpAddress", QStringLiteral("45.77.10.20"))});
    QCOMPARE(rowCodes(doc, 2), QStringLiteral("row.conflict,row.duplicate"));
    const std::vector<int> changed = doc.removeRows(1, 2);
    QCOMPARE(changed, std::vector<int>{0});
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QString()}));
}

void TestDuplicates::undoOfARemovalRestoresTheFlags()
{
    IndicatorDocument doc = documentOf({test::validIndicator(), test::validIndicator()});
    const RowId id = doc.table().rowId(0);
    const Indicator removed = doc.table().indicator(0);
    QCOMPARE(doc.removeRows(0, 1), std::vector<int>{0});
    QCOMPARE(codesOfAll(doc), QStringList{QString()});
    QCOMPARE(doc.insertIndicators(0, {removed}, {id}), std::vector<int>{1});
    QCOMPARE(doc.table().rowId(0), id);
    QCOMPARE(codesOfAll(doc), (QStringList{QString(), QStringLiteral("row.duplicate")}));
}

void TestDuplicates::applyingAFixCanRevealADuplicate()
{
    IndicatorDocument doc = documentOf({typed("IpAddress", QStringLiteral("2001:4860:4860:0:0:0:0:8899")),
                                        typed("IpAddress", QStringLiteral(" 2001:4860:4860::8899 "))});
    // Spaces and compression do not hide the duplicate; a fix keeps it.
    QCOMPARE(test::codesOf(doc.issues(1)), QStringLiteral("ip.v6-compressed,row.duplicate,value.whitespace"));
    const std::optional<Fix> trim = Fixes::suggest(doc.table().cells(1), IssueCode::ValueWhitespace);
    QVERIFY(trim.has_value());
    QVERIFY(doc.applyFix(1, *trim).empty());
    QCOMPARE(test::codesOf(doc.issues(1)), QStringLiteral("ip.v6-compressed,row.duplicate"));
    const std::optional<Fix> full = Fixes::suggest(doc.table().cells(1), IssueCode::IpV6Compressed);
    QVERIFY(full.has_value());
    QVERIFY(doc.applyFix(1, *full).empty());
    QCOMPARE(test::codesOf(doc.issues(1)), QStringLiteral("row.duplicate"));
    QCOMPARE(doc.table().text(1, Field::IndicatorValue), QStringLiteral("2001:4860:4860:0:0:0:0:8899"));
}

void TestDuplicates::incrementalEditsAgreeWithAFullValidation()
{
    // A fixed pseudo-random walk over a small pool of values, actions and groups, so that rows keep
    // joining and leaving groups. After every step the document must agree with a fresh validation.
    const QStringList values = {QStringLiteral("evil.example.com"), QStringLiteral("EVIL.example.com."),
                                QStringLiteral("other.example.org")};
    const QStringList actions = {QStringLiteral("Block"), QStringLiteral("Warn"), QStringLiteral("Alert"),
                                 QStringLiteral("Audit")};
    const QStringList groups = {QString(), QStringLiteral("Servers"), QStringLiteral("servers , ")};
    quint32 state = 12345;
    const auto next = [&state](int n) {
        state = state * 1103515245u + 12345u;
        return static_cast<int>((state >> 16) % static_cast<quint32>(n));
    };
    const auto randomIndicator = [&]() {
        return typed("DomainName", values[next(values.size())],
                     {{Field::Action, actions[next(actions.size())]},
                      {Field::GenerateAlert, QStringLiteral("true")},
                      {Field::RbacGroupNames, groups[next(groups.size())]}});
    };

    IndicatorDocument doc;
    doc.setNow(test::kTestNow);
    for (int step = 0; step < 300; ++step) {
        const int rows = doc.rowCount();
        const QStringList before = codesOfAll(doc);
        std::vector<int> changed;
        int edited = -1;
        int op = rows < 3 ? 0 : next(7);
        if (op == 6)
            op = 0; // inserts twice as often as removals, so the table grows
        switch (op) {
        case 0:
            edited = next(rows + 1);
            changed = doc.insertIndicators(edited, {randomIndicator()});
            break;
        case 1:
            edited = next(rows);
            changed = doc.setText(edited, Field::IndicatorValue, values[next(values.size())]);
            break;
        case 2:
            edited = next(rows);
            changed = doc.setText(edited, Field::Action, actions[next(actions.size())]);
            break;
        case 3:
            edited = next(rows);
            changed = doc.setText(edited, Field::RbacGroupNames, groups[next(groups.size())]);
            break;
        case 4:
            edited = next(rows);
            changed = doc.setIndicator(edited, randomIndicator());
            break;
        default:
            edited = next(rows);
            changed = doc.removeRows(edited, 1);
            break;
        }
        const QStringList after = codesOfAll(doc);
        QCOMPARE(after, freshCodes(doc.table()));
        // Every row reported as changed did change, and no edited row is reported.
        for (int r : changed)
            QVERIFY(r >= 0 && r < doc.rowCount());
        if (op >= 1 && op <= 4) {
            // In place: the list holds exactly the other rows whose issues changed.
            std::vector<int> expected;
            for (int r = 0; r < rows; ++r) {
                if (r != edited && before[r] != after[r])
                    expected.push_back(r);
            }
            QVERIFY2(changed == expected, qPrintable(QStringLiteral("step %1").arg(step)));
        }
    }
    QVERIFY(doc.rowCount() > 10);
}

void TestDuplicates::thousandIdenticalRowsInsertedOneByOne()
{
    IndicatorDocument doc;
    doc.setNow(test::kTestNow);
    for (int r = 0; r < 1000; ++r) {
        const std::vector<int> changed = doc.insertIndicators(r, {test::validIndicator()});
        QVERIFY(changed.empty());
    }
    QVERIFY(doc.issues(0).isEmpty());
    for (int r = 1; r < 1000; ++r)
        QVERIFY(doc.issues(r).contains(IssueCode::RowDuplicate));
    QCOMPARE(doc.summary().duplicates, 999);
    // Inserting one more at the top moves the "first" role to it.
    const std::vector<int> changed = doc.insertIndicators(0, {test::validIndicator()});
    QCOMPARE(changed, std::vector<int>{1});
    QCOMPARE(doc.summary().duplicates, 1000);
}

void TestDuplicates::fiftyThousandIdenticalRowsAreOneGroup()
{
    constexpr int kRows = 50000;
    IndicatorTable table;
    table.reserve(kRows);
    const Indicator valid = test::validIndicator();
    for (int r = 0; r < kRows; ++r)
        table.appendIndicator(valid);

    // A full validation.
    IndicatorDocument doc(std::move(table));
    doc.setNow(test::kTestNow);
    QVERIFY(doc.validateAll());
    QVERIFY(doc.issues(0).isEmpty());
    QCOMPARE(doc.summary().duplicates, kRows - 1);
    QCOMPARE(doc.duplicates().firstMatchOf(doc.table(), kRows - 1, IssueCode::RowDuplicate), 0);

    // Incremental edits on the big group.
    QCOMPARE(doc.setText(kRows / 2, Field::Action, QStringLiteral("Allowed")).size(), size_t(kRows - 1));
    QVERIFY(doc.issues(0).contains(IssueCode::RowConflict));
    QCOMPARE(doc.setText(kRows / 2, Field::Action, QStringLiteral("Block")).size(), size_t(kRows - 1));
    QVERIFY(doc.issues(0).isEmpty());
    QCOMPARE(doc.removeRows(0, 1), std::vector<int>{0});
    QVERIFY(doc.issues(0).isEmpty());
    QCOMPARE(doc.summary().duplicates, kRows - 2);

    // One insert of the whole block into an empty document.
    IndicatorDocument inserted;
    inserted.setNow(test::kTestNow);
    QVERIFY(inserted.insertIndicators(0, std::vector<Indicator>(kRows, valid)).empty());
    QVERIFY(inserted.issues(0).isEmpty());
    QCOMPARE(inserted.summary().duplicates, kRows - 1);
}

// Rows are told apart by their keys' 64-bit hashes: a million keys as alike as real ones (numbered
// names, hashes one digit apart, every length from 0 to 40, trailing zero bytes) give a million hashes.
void TestDuplicates::keyHashesTellSimilarKeysApart()
{
    std::vector<quint64> hashes;
    hashes.reserve(1100000);
    for (int i = 0; i < 500000; ++i) {
        hashes.push_back(hashKey("DomainName\nhost" + QByteArray::number(i) + ".example.com"));
        QByteArray hex = QByteArray::number(i, 16).rightJustified(64, '0');
        hashes.push_back(hashKey("FileSha256\n" + hex));
    }
    QByteArray growing;
    for (int length = 0; length <= 40; ++length) {
        hashes.push_back(hashBytes(growing));
        hashes.push_back(hashBytes(QByteArray(length, 'a')));
        growing.append('\0');
    }
    hashes.push_back(hashBytes("abcdefgh"));
    hashes.push_back(hashBytes("abcdefgi"));
    hashes.push_back(hashBytes("abcdefgh", 1));
    const size_t count = hashes.size();
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    // Two entries are the same on purpose: the empty text is both the first of `growing` and a run of 0 'a's.
    QCOMPARE(hashes.size(), count - 1);
    QVERIFY(hashKey(QByteArray()) != 0); // 0 marks an empty slot in the index
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "TestDuplicates.moc"
