// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ColumnMapping.h"

#include "core/validation/ValueRules.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace im {
namespace {

struct Synonym
{
    const char16_t *name; // normalised: lower case, letters and digits only
    Field field;
    IndicatorType impliedType;
};

using T = IndicatorType;
const Synonym kSynonyms[] = {
    {u"indicatorvalue", Field::IndicatorValue, T::Unknown},
    {u"value", Field::IndicatorValue, T::Unknown},
    {u"ioc", Field::IndicatorValue, T::Unknown},
    {u"iocvalue", Field::IndicatorValue, T::Unknown},
    {u"indicator", Field::IndicatorValue, T::Unknown},
    {u"observable", Field::IndicatorValue, T::Unknown},
    {u"observablevalue", Field::IndicatorValue, T::Unknown},
    {u"artifact", Field::IndicatorValue, T::Unknown},
    {u"hash", Field::IndicatorValue, T::Unknown},
    {u"filehash", Field::IndicatorValue, T::Unknown},
    {u"sha256", Field::IndicatorValue, T::FileSha256},
    {u"filesha256", Field::IndicatorValue, T::FileSha256},
    {u"sha1", Field::IndicatorValue, T::FileSha1},
    {u"filesha1", Field::IndicatorValue, T::FileSha1},
    {u"md5", Field::IndicatorValue, T::FileMd5},
    {u"filemd5", Field::IndicatorValue, T::FileMd5},
    {u"ip", Field::IndicatorValue, T::IpAddress},
    {u"ipaddress", Field::IndicatorValue, T::IpAddress},
    {u"ipv4", Field::IndicatorValue, T::IpAddress},
    {u"ipv6", Field::IndicatorValue, T::IpAddress},
    {u"domain", Field::IndicatorValue, T::DomainName},
    {u"domainname", Field::IndicatorValue, T::DomainName},
    {u"hostname", Field::IndicatorValue, T::DomainName},
    {u"fqdn", Field::IndicatorValue, T::DomainName},
    {u"url", Field::IndicatorValue, T::Url},
    {u"uri", Field::IndicatorValue, T::Url},
    {u"sha256hash", Field::IndicatorValue, T::FileSha256},
    {u"hashsha256", Field::IndicatorValue, T::FileSha256},
    {u"sha1hash", Field::IndicatorValue, T::FileSha1},
    {u"hashsha1", Field::IndicatorValue, T::FileSha1},
    {u"md5hash", Field::IndicatorValue, T::FileMd5},
    {u"hashmd5", Field::IndicatorValue, T::FileMd5},
    {u"c2server", Field::IndicatorValue, T::Unknown},
    {u"c2address", Field::IndicatorValue, T::Unknown},
    {u"c2ip", Field::IndicatorValue, T::IpAddress},
    {u"c2domain", Field::IndicatorValue, T::DomainName},
    {u"c2url", Field::IndicatorValue, T::Url},
    {u"ipdst", Field::IndicatorValue, T::IpAddress},
    {u"ipsrc", Field::IndicatorValue, T::IpAddress},
    {u"dstip", Field::IndicatorValue, T::IpAddress},
    {u"srcip", Field::IndicatorValue, T::IpAddress},
    {u"thumbprint", Field::IndicatorValue, T::CertificateThumbprint},
    {u"certificatethumbprint", Field::IndicatorValue, T::CertificateThumbprint},
    {u"指示器值", Field::IndicatorValue, T::Unknown},
    {u"指标值", Field::IndicatorValue, T::Unknown},
    {u"指標值", Field::IndicatorValue, T::Unknown},
    {u"indicatortype", Field::IndicatorType, T::Unknown},
    {u"type", Field::IndicatorType, T::Unknown},
    {u"ioctype", Field::IndicatorType, T::Unknown},
    {u"observabletype", Field::IndicatorType, T::Unknown},
    {u"valuetype", Field::IndicatorType, T::Unknown},
    {u"kind", Field::IndicatorType, T::Unknown},
    {u"指示器类型", Field::IndicatorType, T::Unknown},
    {u"指標類型", Field::IndicatorType, T::Unknown},
    {u"action", Field::Action, T::Unknown},
    {u"操作", Field::Action, T::Unknown},
    {u"動作", Field::Action, T::Unknown},
    {u"severity", Field::Severity, T::Unknown},
    {u"严重性", Field::Severity, T::Unknown},
    {u"嚴重性", Field::Severity, T::Unknown},
    {u"title", Field::Title, T::Unknown},
    {u"name", Field::Title, T::Unknown},
    {u"alerttitle", Field::Title, T::Unknown},
    {u"标题", Field::Title, T::Unknown},
    {u"標題", Field::Title, T::Unknown},
    {u"description", Field::Description, T::Unknown},
    {u"desc", Field::Description, T::Unknown},
    {u"details", Field::Description, T::Unknown},
    {u"comment", Field::Description, T::Unknown},
    {u"comments", Field::Description, T::Unknown},
    {u"notes", Field::Description, T::Unknown},
    {u"说明", Field::Description, T::Unknown},
    {u"描述", Field::Description, T::Unknown},
    {u"recommendedactions", Field::RecommendedActions, T::Unknown},
    {u"recommendation", Field::RecommendedActions, T::Unknown},
    {u"recommendations", Field::RecommendedActions, T::Unknown},
    {u"建议的操作", Field::RecommendedActions, T::Unknown},
    {u"建議的動作", Field::RecommendedActions, T::Unknown},
    {u"application", Field::Application, T::Unknown},
    {u"app", Field::Application, T::Unknown},
    {u"应用程序", Field::Application, T::Unknown},
    {u"應用程式", Field::Application, T::Unknown},
    {u"expirationtime", Field::ExpirationTime, T::Unknown},
    {u"expiration", Field::ExpirationTime, T::Unknown},
    {u"expirationdate", Field::ExpirationTime, T::Unknown},
    {u"expires", Field::ExpirationTime, T::Unknown},
    {u"expireson", Field::ExpirationTime, T::Unknown},
    {u"expiry", Field::ExpirationTime, T::Unknown},
    {u"expirydate", Field::ExpirationTime, T::Unknown},
    {u"validuntil", Field::ExpirationTime, T::Unknown},
    {u"过期时间", Field::ExpirationTime, T::Unknown},
    {u"到期時間", Field::ExpirationTime, T::Unknown},
    {u"rbacgroups", Field::RbacGroupNames, T::Unknown},
    {u"rbacgroupnames", Field::RbacGroupNames, T::Unknown},
    {u"devicegroups", Field::RbacGroupNames, T::Unknown},
    {u"machinegroups", Field::RbacGroupNames, T::Unknown},
    {u"groups", Field::RbacGroupNames, T::Unknown},
    {u"设备组", Field::RbacGroupNames, T::Unknown},
    {u"裝置群組", Field::RbacGroupNames, T::Unknown},
    {u"generatealert", Field::GenerateAlert, T::Unknown},
    {u"alert", Field::GenerateAlert, T::Unknown},
    {u"生成警报", Field::GenerateAlert, T::Unknown},
    {u"產生警示", Field::GenerateAlert, T::Unknown},
    {u"category", Field::Category, T::Unknown},
    {u"类别", Field::Category, T::Unknown},
    {u"類別", Field::Category, T::Unknown},
    {u"mitretechniques", Field::MitreTechniques, T::Unknown},
    {u"mitre", Field::MitreTechniques, T::Unknown},
    {u"mitreattack", Field::MitreTechniques, T::Unknown},
    {u"mitreattck", Field::MitreTechniques, T::Unknown}, // "MITRE ATT&CK"
    {u"techniques", Field::MitreTechniques, T::Unknown},
    {u"ttps", Field::MitreTechniques, T::Unknown},
    {u"mitre技术", Field::MitreTechniques, T::Unknown},
    {u"mitre技術", Field::MitreTechniques, T::Unknown},
    {u"educateurl", Field::EducateUrl, T::Unknown},
    {u"externalid", Field::ExternalId, T::Unknown},
    {u"externalreference", Field::ExternalId, T::Unknown},
};

QString normalizeHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

const QStringList &portalTemplateHeaders()
{
    static const QStringList kHeaders = {
        QStringLiteral("IndicatorType"), QStringLiteral("IndicatorValue"),     QStringLiteral("ExpirationTime"),
        QStringLiteral("Action"),        QStringLiteral("Severity"),           QStringLiteral("Title"),
        QStringLiteral("Description"),   QStringLiteral("RecommendedActions"), QStringLiteral("RbacGroups"),
        QStringLiteral("Category"),      QStringLiteral("MitreTechniques"),    QStringLiteral("GenerateAlert"),
    };
    return kHeaders;
}

const std::vector<Field> &portalTemplateFields()
{
    static const std::vector<Field> kFields = {
        Field::IndicatorType,  Field::IndicatorValue, Field::ExpirationTime,  Field::Action,
        Field::Severity,       Field::Title,          Field::Description,     Field::RecommendedActions,
        Field::RbacGroupNames, Field::Category,       Field::MitreTechniques, Field::GenerateAlert,
    };
    return kFields;
}

bool ColumnMapping::maps(Field field) const
{
    return columnOf(field) >= 0;
}

int ColumnMapping::columnOf(Field field) const
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == field)
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<int> ColumnMapping::moreValueColumns() const
{
    std::vector<int> result;
    const int first = columnOf(Field::IndicatorValue);
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == Field::IndicatorValue && static_cast<int>(i) != first)
            result.push_back(static_cast<int>(i));
    }
    return result;
}

IndicatorType ColumnMapping::typeOfHeader(const QString &header)
{
    const QString key = normalizeHeader(header);
    for (const Synonym &s : kSynonyms) {
        if (key == QStringView(s.name))
            return s.field == Field::IndicatorValue ? s.impliedType : IndicatorType::Unknown;
    }
    return IndicatorType::Unknown;
}

IndicatorType indicatorTypeFromSynonym(QByteArrayView text)
{
    QString key;
    const QString decoded = QString::fromUtf8(text);
    for (QChar c : decoded) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    if (key.isEmpty())
        return IndicatorType::Unknown;
    struct TypeSynonym
    {
        const char16_t *name; // normalised as above
        IndicatorType type;
    };
    // The Defender names themselves, then what vendors, MISP, OpenCTI and STIX call them.
    static const TypeSynonym kTypes[] = {
        {u"filesha256", T::FileSha256},
        {u"sha256", T::FileSha256},
        {u"sha256hash", T::FileSha256},
        {u"hashsha256", T::FileSha256},
        {u"filehashsha256", T::FileSha256},
        {u"filesha1", T::FileSha1},
        {u"sha1", T::FileSha1},
        {u"sha1hash", T::FileSha1},
        {u"hashsha1", T::FileSha1},
        {u"filehashsha1", T::FileSha1},
        {u"filemd5", T::FileMd5},
        {u"md5", T::FileMd5},
        {u"md5hash", T::FileMd5},
        {u"hashmd5", T::FileMd5},
        {u"filehashmd5", T::FileMd5},
        {u"certificatethumbprint", T::CertificateThumbprint},
        {u"certificate", T::CertificateThumbprint},
        {u"thumbprint", T::CertificateThumbprint},
        {u"x509fingerprintsha1", T::CertificateThumbprint},
        {u"x509certificate", T::CertificateThumbprint},
        {u"certsha1", T::CertificateThumbprint},
        {u"ipaddress", T::IpAddress},
        {u"ip", T::IpAddress},
        {u"ipv4", T::IpAddress},
        {u"ipv6", T::IpAddress},
        {u"ipdst", T::IpAddress},
        {u"ipsrc", T::IpAddress},
        {u"ipv4addr", T::IpAddress},
        {u"ipv6addr", T::IpAddress},
        {u"ipv4address", T::IpAddress},
        {u"ipv6address", T::IpAddress},
        {u"address", T::IpAddress},
        {u"domainname", T::DomainName},
        {u"domain", T::DomainName},
        {u"hostname", T::DomainName},
        {u"host", T::DomainName},
        {u"fqdn", T::DomainName},
        {u"dns", T::DomainName},
        {u"url", T::Url},
        {u"uri", T::Url},
        {u"urls", T::Url},
    };
    for (const TypeSynonym &s : kTypes) {
        if (key == QStringView(s.name))
            return s.type;
    }
    return IndicatorType::Unknown;
}

ColumnMapping ColumnMapping::guess(const QStringList &headers)
{
    ColumnMapping mapping;
    mapping.columns.resize(static_cast<size_t>(headers.size()));
    IndicatorType implied = IndicatorType::Unknown;
    QStringList valueNames;
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = normalizeHeader(headers[i]);
        for (const Synonym &s : kSynonyms) {
            if (key != QStringView(s.name))
                continue;
            if (!mapping.maps(s.field)) {
                mapping.columns[static_cast<size_t>(i)] = s.field;
                if (s.field == Field::IndicatorValue) {
                    implied = s.impliedType;
                    valueNames.append(key);
                }
            } else if (s.field == Field::IndicatorValue && !valueNames.contains(key)) {
                mapping.columns[static_cast<size_t>(i)] = s.field;
                valueNames.append(key);
            }
            break;
        }
    }
    if (!mapping.maps(Field::IndicatorType))
        mapping.impliedType = implied;
    return mapping;
}

ColumnMapping ColumnMapping::guessHeaderless(const std::vector<std::vector<QByteArray>> &sampleRows)
{
    ColumnMapping mapping;
    mapping.hasHeader = false;
    size_t width = 0;
    for (const auto &row : sampleRows)
        width = std::max(width, row.size());
    mapping.columns.resize(width);
    int bestColumn = -1;
    int bestScore = 0;
    for (size_t c = 0; c < width; ++c) {
        int score = 0;
        for (const auto &row : sampleRows) {
            if (c < row.size() && rules::inferType(row[c]) != IndicatorType::Unknown)
                ++score;
        }
        if (score > bestScore) {
            bestScore = score;
            bestColumn = static_cast<int>(c);
        }
    }
    if (bestColumn >= 0)
        mapping.columns[static_cast<size_t>(bestColumn)] = Field::IndicatorValue;
    return mapping;
}

bool ColumnMapping::isPortalTemplateHeader(const QStringList &headers)
{
    const QStringList &portal = portalTemplateHeaders();
    if (headers.size() != portal.size())
        return false;
    for (int i = 0; i < headers.size(); ++i) {
        if (headers[i].trimmed().compare(portal[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QString ColumnMapping::layoutKey(const QStringList &headers)
{
    QStringList normalized;
    for (const QString &h : headers)
        normalized.append(normalizeHeader(h));
    return normalized.join(u'|');
}

CsvDialect sniffDialect(QByteArrayView sample)
{
    // Only whole lines count: the sample may end in the middle of one.
    const qsizetype lastNewline = sample.lastIndexOf('\n');
    if (lastNewline > 0)
        sample = sample.first(lastNewline);

    CsvDialect best;
    double bestScore = 0;
    for (char delimiter : {',', '\t', ';', '|'}) {
        std::map<int, int> widths; // fields per record -> records
        int records = 0;
        int fields = 1;
        bool inQuotes = false;
        bool blank = true; // blank lines are skipped by the reader, so they do not vote
        for (qsizetype i = 0; i < sample.size() && records < 50; ++i) {
            const char c = sample[i];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == delimiter) {
                ++fields;
            } else if (!inQuotes && c == '\n') {
                if (!blank) {
                    ++widths[fields];
                    ++records;
                }
                fields = 1;
                blank = true;
                continue;
            }
            if (c != '\r')
                blank = false;
        }
        if (fields > 1 || records == 0)
            ++widths[fields], ++records;
        // Score: the most common width, weighted by how consistently it occurs.
        int modeWidth = 1;
        int modeCount = 0;
        for (const auto &[width, count] : widths) {
            if (count > modeCount) {
                modeWidth = width;
                modeCount = count;
            }
        }
        if (modeWidth < 2)
            continue;
        const double consistency = static_cast<double>(modeCount) / records;
        const double score = consistency * (1.0 + 0.01 * modeWidth);
        if (consistency >= 0.6 && score > bestScore) {
            bestScore = score;
            best.delimiter = delimiter;
        }
    }
    return best;
}

} // namespace im
