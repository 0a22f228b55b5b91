// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test: many generated rows, valid and broken in every way we know, judged by the
// sandbox's row rules (written from the service's documentation) and by the editor's validator. Any
// disagreement must be one of the deliberate differences the sandbox lists.
#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorTable.h"
#include "core/validation/RowValidator.h"
#include "sandbox/DeliberateDifferences.h"
#include "sandbox/ServiceRowRules.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <array>
#include <functional>
#include <set>
#include <vector>

using namespace im;

namespace {

constexpr quint32 kSeed = 16;
constexpr int kRounds = 40; // each round visits every type with every mutation once

const char *const kTypes[] = {"FileSha1",  "FileSha256", "FileMd5", "CertificateThumbprint",
                              "IpAddress", "DomainName", "Url"};

QString hex(QRandomGenerator &random, int length)
{
    static const char digits[] = "0123456789abcdef";
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(digits[random.bounded(16)]));
    return text;
}

QString label(QRandomGenerator &random)
{
    QString text;
    const int length = 3 + random.bounded(8);
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(static_cast<char>('a' + random.bounded(26))));
    return text;
}

QString validValue(const QString &type, QRandomGenerator &random)
{
    if (type == QLatin1String("FileSha1") || type == QLatin1String("CertificateThumbprint"))
        return hex(random, 40);
    if (type == QLatin1String("FileSha256"))
        return hex(random, 64);
    if (type == QLatin1String("FileMd5"))
        return hex(random, 32);
    if (type == QLatin1String("IpAddress")) {
        if (random.bounded(4) == 0)
            return QStringLiteral("2001:4860:%1:0:0:0:0:8888").arg(random.bounded(1, 0xffff), 0, 16);
        return QStringLiteral("%1.%2.%3.%4")
            .arg(QString::number(random.bounded(1, 9)), QString::number(random.bounded(256)),
                 QString::number(random.bounded(256)), QString::number(random.bounded(1, 255)));
    }
    if (type == QLatin1String("DomainName"))
        return label(random) + QStringLiteral(".example.com");
    return QStringLiteral("https://%1.example.net/%2?id=%3")
        .arg(label(random), label(random))
        .arg(random.bounded(1000));
}

QString validAction(const QString &type, QRandomGenerator &random)
{
    if (type == QLatin1String("CertificateThumbprint"))
        return random.bounded(2) ? QStringLiteral("Allowed") : QStringLiteral("BlockAndRemediate");
    const char *const actions[] = {"Allowed", "Audit", "Warn", "Block", "BlockAndRemediate"};
    const bool file = type.startsWith(QLatin1String("File"));
    return QLatin1String(actions[random.bounded(file ? 5 : 4)]);
}

QString timestamp(qint64 ms, const char *fraction = ".0")
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + QLatin1String(fraction) + QLatin1Char('Z');
}

using Mutation = std::function<void(Indicator &, QRandomGenerator &, qint64 now)>;

void set(Indicator &row, Field f, const QString &text)
{
    row[f] = text;
}

// One way to break (or merely vary) a valid row each; applied whatever the row's type, so a value
// rule meets every type too.
std::vector<std::pair<const char *, Mutation>> mutations()
{
    using F = Field;
    auto value = [](const char *text) {
        return [text](Indicator &r, QRandomGenerator &, qint64) { r[F::IndicatorValue] = QString::fromUtf8(text); };
    };
    auto cell = [](F f, const char *text) {
        return [f, text](Indicator &r, QRandomGenerator &, qint64) { r[f] = QString::fromUtf8(text); };
    };
    auto text = [](F f, QString content) {
        return [f, content](Indicator &r, QRandomGenerator &, qint64) { r[f] = content; };
    };
    return {
        {"none", [](Indicator &, QRandomGenerator &, qint64) {}},
        {"value empty", value("")},
        {"value blank", value("   ")},
        {"value padded", [](Indicator &r, QRandomGenerator &,
                            qint64) { set(r, F::IndicatorValue, u' ' + r[F::IndicatorValue] + u' '); }},
        {"value upper case",
         [](Indicator &r, QRandomGenerator &, qint64) { set(r, F::IndicatorValue, r[F::IndicatorValue].toUpper()); }},
        {"value cut", [](Indicator &r, QRandomGenerator &, qint64) { r[F::IndicatorValue].chop(1); }},
        {"value lengthened", [](Indicator &r, QRandomGenerator &, qint64) { r[F::IndicatorValue].append(u'a'); }},
        {"value with a control character",
         [](Indicator &r, QRandomGenerator &, qint64) { r[F::IndicatorValue].insert(2, QChar(0x07)); }},
        {"value very long",
         [](Indicator &r, QRandomGenerator &, qint64) {
             set(r, F::IndicatorValue, QStringLiteral("https://a.example.com/") + QString(3000, u'x'));
         }},
        {"value far too long",
         [](Indicator &r, QRandomGenerator &, qint64) {
             set(r, F::IndicatorValue, QStringLiteral("https://a.example.com/") + QString(5000, u'x'));
         }},
        {"hash not hex", value("zz978112ca1bbdcafac231b39a23dc4da786eff8")},
        {"sha1 hash", value("86f7e437faa5a7fce15d1ddcb9eaeaea377667b8")},
        {"sha256 hash", value("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")},
        {"md5 hash", value("0cc175b9c0f1b6a831c399e269772661")},
        {"public ipv4", value("8.8.4.4")},
        {"cidr", value("8.8.8.0/24")},
        {"ip range", value("8.8.8.1-8.8.8.9")},
        {"ip wildcard", value("8.8.8.*")},
        {"ipv4 leading zero", value("8.8.08.8")},
        {"ipv4 three parts", value("8.8.8")},
        {"ipv4 part too big", value("8.8.8.256")},
        {"private 10/8", value("10.1.2.3")},
        {"private 172.16/12", value("172.20.0.1")},
        {"private 192.168/16", value("192.168.1.1")},
        {"loopback", value("127.0.0.1")},
        {"link local", value("169.254.10.10")},
        {"shared address space", value("100.64.0.1")},
        {"this network", value("0.0.0.0")},
        {"multicast", value("224.0.0.1")},
        {"broadcast", value("255.255.255.255")},
        {"documentation net", value("192.0.2.10")},
        {"benchmark net", value("198.18.0.1")},
        {"ipv6 full", value("2001:4860:4860:0:0:0:0:8888")},
        {"ipv6 compressed", value("2001:4860:4860::8888")},
        {"ipv6 loopback", value("0:0:0:0:0:0:0:1")},
        {"ipv6 link local", value("fe80:0:0:0:0:0:0:1")},
        {"ipv6 unique local", value("fd00:0:0:0:0:0:0:1")},
        {"ipv6 documentation", value("2001:db8:0:0:0:0:0:1")},
        {"ipv6 multicast", value("ff02:0:0:0:0:0:0:1")},
        {"domain", value("malware.example.org")},
        {"domain idn", value("bücher.example")},
        {"domain punycode", value("xn--bcher-kva.example")},
        {"domain wildcard", value("*.example.com")},
        {"domain trailing dot", value("example.com.")},
        {"domain single label", value("localhost")},
        {"domain underscore", value("bad_name.example.com")},
        {"domain hyphen edge", value("-bad.example.com")},
        {"domain numeric tld", value("example.123")},
        {"domain defanged", value("evil[.]example.com")},
        {"domain with path", value("example.com/path")},
        {"url", value("http://malware.example.org/a")},
        {"url no scheme", value("malware.example.org/a")},
        {"url ftp", value("ftp://malware.example.org/a")},
        {"url defanged", value("hxxp://malware.example.org/a")},
        {"url wildcard", value("https://*.example.org/a")},
        {"url credentials", value("https://user:pw@example.org/a")},
        {"url port", value("https://example.org:8443/a")},
        {"url bad port", value("https://example.org:99999/a")},
        {"url ipv4 host", value("http://8.8.8.8/a")},
        {"url ipv6 host", value("http://[2001:4860:4860:0:0:0:0:8888]/a")},
        {"url space", value("https://example.org/a b")},
        {"url bad host", value("https://exa mple/")},
        {"type missing", cell(F::IndicatorType, "")},
        {"type unknown", cell(F::IndicatorType, "Sha256")},
        {"type lower case", cell(F::IndicatorType, "filesha256")},
        {"action missing", cell(F::Action, "")},
        {"action unknown", cell(F::Action, "Deny")},
        {"action lower case", cell(F::Action, "block")},
        {"action Allowed", cell(F::Action, "Allowed")},
        {"action Warn", cell(F::Action, "Warn")},
        {"action Block", cell(F::Action, "Block")},
        {"action BlockAndRemediate", cell(F::Action, "BlockAndRemediate")},
        {"action Audit with alert",
         [](Indicator &r, QRandomGenerator &, qint64) {
             set(r, F::Action, QStringLiteral("Audit"));
             set(r, F::GenerateAlert, QStringLiteral("true"));
         }},
        {"action Audit without alert",
         [](Indicator &r, QRandomGenerator &, qint64) {
             set(r, F::Action, QStringLiteral("Audit"));
             set(r, F::GenerateAlert, QStringLiteral("false"));
         }},
        {"legacy Alert", cell(F::Action, "Alert")},
        {"legacy AlertAndBlock", cell(F::Action, "AlertAndBlock")},
        {"alert text True", cell(F::GenerateAlert, "True")},
        {"alert FALSE", cell(F::GenerateAlert, "FALSE")},
        {"alert yes", cell(F::GenerateAlert, "yes")},
        {"alert empty", cell(F::GenerateAlert, "")},
        {"severity unknown", cell(F::Severity, "Critical")},
        {"severity lower case", cell(F::Severity, "high")},
        {"severity empty", cell(F::Severity, "")},
        {"title missing", cell(F::Title, "")},
        {"title blank", cell(F::Title, "  ")},
        {"title long", text(F::Title, QString(3000, u't'))},
        {"title too long", text(F::Title, QString(4001, u't'))},
        {"title control character", cell(F::Title, "a\x01title")},
        {"title formula", cell(F::Title, "=1+1")},
        {"title unicode", cell(F::Title, "Schädling 木马")},
        {"description missing", cell(F::Description, "")},
        {"description long", text(F::Description, QString(20000, u'd'))},
        {"description too long", text(F::Description, QString(40000, u'd'))},
        {"description control character", cell(F::Description, "line\x1b[31m")},
        {"description newline", cell(F::Description, "two\nlines")},
        {"recommended actions long", text(F::RecommendedActions, QString(20000, u'r'))},
        {"recommended actions control character", cell(F::RecommendedActions, "x\x02")},
        {"application long", text(F::Application, QString(3000, u'a'))},
        {"application control character", cell(F::Application, "app\x7f")},
        {"external id long", text(F::ExternalId, QString(1000, u'e'))},
        {"expiration future",
         [](Indicator &r, QRandomGenerator &, qint64 now) { set(r, F::ExpirationTime, timestamp(now + 86400000)); }},
        {"expiration seven digits",
         [](Indicator &r, QRandomGenerator &, qint64 now) {
             set(r, F::ExpirationTime, timestamp(now + 86400000, ".1234567"));
         }},
        {"expiration no fraction", [](Indicator &r, QRandomGenerator &,
                                      qint64 now) { set(r, F::ExpirationTime, timestamp(now + 86400000, "")); }},
        {"expiration past",
         [](Indicator &r, QRandomGenerator &, qint64 now) { set(r, F::ExpirationTime, timestamp(now - 86400000)); }},
        {"expiration template 2018", cell(F::ExpirationTime, "2018-09-16T12:11:06.2446367Z")},
        {"expiration date only", cell(F::ExpirationTime, "2099-01-01")},
        {"expiration words", cell(F::ExpirationTime, "tomorrow")},
        {"expiration bad month", cell(F::ExpirationTime, "2099-13-01T00:00:00Z")},
        {"rbac groups", cell(F::RbacGroupNames, "Servers,Laptops")},
        {"rbac empty name", cell(F::RbacGroupNames, "Servers,,Laptops")},
        {"category", cell(F::Category, "SuspiciousActivity")},
        {"category None", cell(F::Category, "None")},
        {"category spaced", cell(F::Category, "Suspicious Activity")},
        {"category lower case", cell(F::Category, "malware")},
        {"mitre",
         [](Indicator &r, QRandomGenerator &, qint64) {
             set(r, F::Category, QStringLiteral("Discovery"));
             set(r, F::MitreTechniques, QStringLiteral("T1046,T1059.001"));
         }},
        {"mitre without category", cell(F::MitreTechniques, "T1046")},
        {"mitre invalid", cell(F::MitreTechniques, "X12")},
        {"educate url", cell(F::EducateUrl, "https://help.example.com/why")},
        {"educate url invalid", cell(F::EducateUrl, "not a url")},
    };
}

bool listed(IssueCode issue)
{
    for (const auto &difference : sandbox::kDeliberateDifferences) {
        if (difference.issue == issue)
            return true;
    }
    return false;
}

// Control characters as escapes, so a failure message prints whole.
QString visible(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += c.unicode() < 0x20 || c.unicode() == 0x7f
                   ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                   : QString(c);
    return out;
}

QString describe(const Indicator &row)
{
    QStringList parts;
    for (Field f : allFields()) {
        if (!row[f].isEmpty())
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(apiName(f)), visible(row[f].left(80))));
    }
    return parts.join(QLatin1String(" | "));
}

} // namespace

class TestRowRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxAndEditorDisagreeOnlyWhereListed();
    void readmeListsEveryDeliberateDifference();
};

void TestRowRules::sandboxAndEditorDisagreeOnlyWhereListed()
{
    const qint64 now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    const RowValidator validator(now);
    const auto kinds = mutations();
    QRandomGenerator random(kSeed);
    QStringList problems;
    std::set<IssueCode> seen;
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (const char *type : kTypes) {
            for (size_t k = 0; k < kinds.size(); ++k) {
                Indicator row;
                const QString typeName = QLatin1String(type);
                row[Field::IndicatorType] = typeName;
                row[Field::IndicatorValue] = validValue(typeName, random);
                row[Field::Action] = validAction(typeName, random);
                row[Field::GenerateAlert] = row[Field::Action] == QLatin1String("Audit") || random.bounded(2)
                                                ? QStringLiteral("true")
                                                : QStringLiteral("false");
                row[Field::Severity] =
                    QLatin1String(std::array{"Informational", "Low", "Medium", "High"}[random.bounded(4)]);
                row[Field::Title] = QStringLiteral("Title %1").arg(round);
                row[Field::Description] = QStringLiteral("Description %1").arg(k);
                kinds[k].second(row, random, now);
                // From the second round on, a second change at random: breakages meet each other.
                if (round > 0 && random.bounded(3) == 0)
                    kinds[random.bounded(static_cast<quint32>(kinds.size()))].second(row, random, now);

                const sandbox::RowVerdict verdict = sandbox::judgeRow(row, now);
                std::array<QByteArray, FieldCount> storage;
                IndicatorTable::Cells cells;
                for (Field f : allFields()) {
                    const auto i = static_cast<size_t>(fieldIndex(f));
                    storage[i] = row[f].toUtf8();
                    cells[i] = storage[i];
                }
                const IssueSet issues = validator.validate(cells);
                verdict.accepted() ? ++accepted : ++refused;
                // A listed warning is a difference too: the service takes the row without a word.
                if (verdict.accepted()) {
                    issues.forEach([&](IssueCode issue) {
                        if (issueInfo(issue).severity == IssueSeverity::Warning && listed(issue))
                            seen.insert(issue);
                    });
                }
                if (verdict.accepted() == !issues.hasErrors())
                    continue;
                if (!verdict.accepted()) {
                    problems.append(QStringLiteral("[%1] sandbox refuses (%2), editor accepts: %3")
                                        .arg(QLatin1String(kinds[k].first), verdict.reason, describe(row)));
                    continue;
                }
                QStringList unlisted;
                issues.forEach([&](IssueCode issue) {
                    if (issueInfo(issue).severity != IssueSeverity::Error)
                        return;
                    if (listed(issue))
                        seen.insert(issue);
                    else
                        unlisted.append(QLatin1String(issueInfo(issue).code));
                });
                if (!unlisted.isEmpty()) {
                    problems.append(QStringLiteral("[%1] editor refuses (%2), sandbox accepts: %3")
                                        .arg(QLatin1String(kinds[k].first), unlisted.join(u','), describe(row)));
                }
            }
        }
    }
    problems.removeDuplicates();
    for (const QString &problem : problems.mid(0, 40))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 disagreements (the first ones are printed above)").arg(problems.size())));
    // Both kinds of row were made in numbers, so the comparison means something.
    QVERIFY2(accepted > 1000 && refused > 1000,
             qPrintable(QStringLiteral("%1 accepted, %2 refused").arg(accepted).arg(refused)));
    // Every deliberate difference is one the rows really show; an entry no row needs is out of date.
    for (const auto &difference : sandbox::kDeliberateDifferences)
        QVERIFY2(seen.count(difference.issue) == 1, issueInfo(difference.issue).code);
}

void TestRowRules::readmeListsEveryDeliberateDifference()
{
    QFile readme(QStringLiteral(IM_TEST_DATA_DIR "/../../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    for (const auto &difference : sandbox::kDeliberateDifferences) {
        const QByteArray entry = QByteArray("| `") + issueInfo(difference.issue).code + "` |";
        QVERIFY2(text.contains(entry), entry.constData());
    }
}

QTEST_GUILESS_MAIN(TestRowRules)
#include "TestRowRules.moc"
