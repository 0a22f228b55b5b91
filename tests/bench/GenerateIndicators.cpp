// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large, realistic indicator file for the benchmarks: every indicator type, all valid unless
// --invalid-percent or --problem-percent asks otherwise, deterministic for a given --seed.
//
// --problem-percent P gives P % of the rows one of the problems real portal exports have, in equal
// shares: an upper-case hash, MITRE techniques without a category, a repeat of an earlier row, a
// defanged domain, an unknown action, a CIDR instead of an address, an expiration in the past.
#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <random>

namespace {

QByteArray hex(std::mt19937_64 &rng, int digits)
{
    static const char kDigits[] = "0123456789abcdef";
    QByteArray out(digits, '0');
    quint64 bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = rng();
        out[i] = kDigits[bits & 0xf];
        bits >>= 4;
    }
    return out;
}

QByteArray publicIpv4(qint64 n)
{
    // Unique per n; 20.0.0.0 - 99.255.255.255 holds no special-purpose range.
    return QByteArray::number(20 + (n >> 24) % 80) + '.' + QByteArray::number((n >> 16) & 0xff) + '.'
           + QByteArray::number((n >> 8) & 0xff) + '.' + QByteArray::number(n & 0xff);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generate indicator files for benchmarks."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("rows"), QStringLiteral("Number of rows."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("portal-csv, json or ioc."), QStringLiteral("f"),
                      QStringLiteral("portal-csv")});
    parser.addOption({QStringLiteral("invalid-percent"), QStringLiteral("Share of rows with an error."),
                      QStringLiteral("p"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("problem-percent"),
                      QStringLiteral("Share of rows with one of the problems of real exports (25 is realistic)."),
                      QStringLiteral("p"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"), QStringLiteral("1")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."), QStringLiteral("file")});
    parser.process(app);

    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const QString format = parser.value(QStringLiteral("format"));
    const int invalidPercent = parser.value(QStringLiteral("invalid-percent")).toInt();
    const int problemPercent = parser.value(QStringLiteral("problem-percent")).toInt();
    std::mt19937_64 rng(parser.value(QStringLiteral("seed")).toULongLong());
    QFile out(parser.value(QStringLiteral("output")));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
        return 2;
    }

    static const char *kActions[] = {"Block", "Audit", "Warn", "Allowed"};
    static const char *kSeverities[] = {"Informational", "Low", "Medium", "High"};
    QByteArray buffer;
    buffer.reserve(1 << 20);
    if (format == QLatin1String("portal-csv"))
        buffer += "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,"
                  "RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert\r\n";
    else if (format == QLatin1String("json"))
        buffer += "{\"Indicators\":[\n";

    QByteArray lastType;
    QByteArray lastValue;
    const char *lastAction = kActions[0];
    for (qint64 i = 0; i < rows; ++i) {
        QByteArray type;
        QByteArray value;
        switch (i % 6) {
        case 0:
            type = "FileSha256";
            value = hex(rng, 64);
            break;
        case 1:
            type = "FileSha1";
            value = hex(rng, 40);
            break;
        case 2:
            type = "FileMd5";
            value = hex(rng, 32);
            break;
        case 3:
            type = "IpAddress";
            value = publicIpv4(i / 6);
            break;
        case 4:
            type = "DomainName";
            value = "c2-" + hex(rng, 10) + ".example-threat.net";
            break;
        default:
            type = "Url";
            value = "https://dl-" + hex(rng, 8) + ".example-threat.org/payload/" + QByteArray::number(i);
            break;
        }
        if (invalidPercent > 0 && static_cast<int>(rng() % 100) < invalidPercent)
            value.chop(1); // a hash one digit short, an address or name still parsed but changed
        const char *action = kActions[rng() % 4];
        const char *severity = kSeverities[rng() % 4];
        QByteArray expiration = "2031-01-01T00:00:00.0000000Z";
        QByteArray category = "Malware";
        if (problemPercent > 0 && static_cast<int>(rng() % 100) < problemPercent) {
            switch (rng() % 7) {
            case 0:
                type = "FileSha256";
                value = hex(rng, 64).toUpper();
                break;
            case 1: category.clear(); break; // MitreTechniques stays: a technique without a category
            case 2:
                if (!lastType.isEmpty()) { // the previous row again
                    type = lastType;
                    value = lastValue;
                    action = lastAction;
                }
                break;
            case 3:
                type = "DomainName";
                value = "c2-" + hex(rng, 10) + "[.]example-threat[.]net";
                break;
            case 4: action = "Quarantine"; break;
            case 5:
                type = "IpAddress";
                value = publicIpv4(i / 6 + (1 << 22)) + "/24";
                break;
            default: expiration = "2021-06-01T00:00:00.0000000Z"; break;
            }
        }
        lastType = type;
        lastValue = value;
        lastAction = action;
        const QByteArray title = "Campaign " + QByteArray::number(i % 997) + " indicator " + QByteArray::number(i);
        if (format == QLatin1String("portal-csv")) {
            buffer += type + ',' + value + ',' + expiration + ',' + action + ',' + severity + ',' + title
                      + ",Observed in threat feed,Isolate the device and collect evidence,\"SOC,Tier 2\"," + category
                      + ",T1204,true\r\n";
        } else if (format == QLatin1String("json")) {
            buffer += QByteArray(i == 0 ? "" : ",\n") + "{\"indicatorType\":\"" + type + "\",\"indicatorValue\":\""
                      + value + "\",\"action\":\"" + action + "\",\"severity\":\"" + severity + "\",\"title\":\""
                      + title
                      + "\",\"description\":\"Observed in threat feed\",\"expirationTime\":\"2031-01-01T00:00:00Z\","
                        "\"generateAlert\":true,\"rbacGroupNames\":[\"SOC\",\"Tier 2\"]}";
        } else {
            buffer += value + "\n";
        }
        if (buffer.size() > (1 << 20) - 4096) {
            out.write(buffer);
            buffer.clear();
        }
    }
    if (format == QLatin1String("json"))
        buffer += "\n]}\n";
    out.write(buffer);
    return out.error() == QFile::NoError ? 0 : 1;
}
