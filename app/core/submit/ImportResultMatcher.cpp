// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/ImportResultMatcher.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace im {
namespace {

using Kind = ImportResultMatcher::RowResult::Kind;

// Ids are strings in every capture; an integral number is taken as its digits rather than failing a
// row the service did create.
bool readId(const QJsonValue &value, QString *id)
{
    if (value.isString()) {
        *id = value.toString().trimmed();
        return !id->isEmpty() && id->size() <= 256;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d < 9.0e15 && std::floor(d) == d) {
            *id = QString::number(static_cast<qint64>(d));
            return true;
        }
    }
    return false;
}

} // namespace

QString ImportResultMatcher::valueKey(const QString &indicatorValue)
{
    // The same form for what we send and what the service echoes, whichever of them is normalised:
    // letter case ignored (hashes, hosts), IPv6 in one canonical form, hosts in punycode without a
    // trailing dot, URLs without a trailing slash.
    QString v = indicatorValue.trimmed();
    if (v.contains(u':') && !v.contains(u'/')) {
        QHostAddress address;
        if (address.setAddress(v) && address.protocol() == QAbstractSocket::IPv6Protocol)
            return address.toString().toLower();
    }
    const qsizetype scheme = v.indexOf(QLatin1String("://"));
    if (scheme > 0) {
        QUrl url(v, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()) {
            url.setScheme(url.scheme().toLower());
            const QByteArray ace = QUrl::toAce(url.host());
            if (!ace.isEmpty())
                url.setHost(QString::fromLatin1(ace));
            v = url.toString(QUrl::FullyEncoded);
        }
        while (v.endsWith(u'/') && v.size() > scheme + 3)
            v.chop(1);
        return v.toLower();
    }
    if (v.endsWith(u'.'))
        v.chop(1);
    bool ascii = true;
    for (QChar c : std::as_const(v))
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii && !v.contains(u' ')) {
        const QByteArray ace = QUrl::toAce(v);
        if (!ace.isEmpty())
            return QString::fromLatin1(ace).toLower();
    }
    return v.toLower();
}

bool ImportResultMatcher::match(const QJsonObject &reply, const std::vector<QString> &keys,
                                std::vector<RowResult> *results, QString *problem)
{
    results->assign(keys.size(), RowResult());
    const QJsonValue value = reply.value(QLatin1String("value"));
    if (!value.isArray()) {
        *problem = value.isUndefined() ? tr("the reply has no \"value\" list of results.")
                                       : tr("\"value\" in the reply is not a list.");
        return false;
    }
    QHash<QString, int> rowOfKey;
    rowOfKey.reserve(static_cast<qsizetype>(keys.size()));
    for (size_t i = 0; i < keys.size(); ++i)
        rowOfKey.insert(keys[i], static_cast<int>(i));

    const QJsonArray items = value.toArray();
    // Which row each result belongs to, by its echo; -1 when the echo names no row.
    std::vector<int> rowOfItem(static_cast<size_t>(items.size()), -1);
    bool inOrder = items.size() == static_cast<qsizetype>(keys.size());
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonValue echo = items[n].toObject().value(QLatin1String("indicator"));
        if (!echo.isString())
            continue;
        const auto found = rowOfKey.constFind(valueKey(echo.toString()));
        if (found == rowOfKey.constEnd())
            continue;
        rowOfItem[static_cast<size_t>(n)] = *found;
        inOrder = inOrder && *found == n;
    }
    // One result per row, and every echo we recognise at its own row's position: the reply is in
    // request order, so a result whose echo we cannot tie to a row (a form we do not know) is its
    // position's.
    if (inOrder) {
        for (qsizetype n = 0; n < items.size(); ++n) {
            if (rowOfItem[static_cast<size_t>(n)] < 0)
                rowOfItem[static_cast<size_t>(n)] = static_cast<int>(n);
        }
    }
    for (qsizetype n = 0; n < items.size(); ++n) {
        const QJsonValue &itemValue = items[n];
        if (!itemValue.isObject())
            continue; // cannot be tied to a row; that row stays Missing and is sent again
        const QJsonObject item = itemValue.toObject();
        if (rowOfItem[static_cast<size_t>(n)] < 0)
            continue;
        RowResult &result = (*results)[static_cast<size_t>(rowOfItem[static_cast<size_t>(n)])];
        if (result.kind == Kind::Succeeded || result.kind == Kind::Failed)
            continue; // a repeated result: the first one stands

        const QJsonValue isFailed = item.value(QLatin1String("isFailed"));
        if (!isFailed.isBool()) {
            result.kind = Kind::Malformed;
            result.reason = tr("the service's result for this row has no true/false \"isFailed\".");
            continue;
        }
        if (isFailed.toBool()) {
            const QJsonValue reason = item.value(QLatin1String("failureReason"));
            if (!reason.isString() && !reason.isNull() && !reason.isUndefined()) {
                result.kind = Kind::Malformed;
                result.reason = tr("the service's failure reason for this row is not text.");
                continue;
            }
            result.kind = Kind::Failed;
            result.reason = reason.toString();
            if (result.reason.isEmpty())
                result.reason = tr("The service marked the row as failed without giving a reason.");
            continue;
        }
        QString id;
        if (!readId(item.value(QLatin1String("id")), &id)) {
            result.kind = Kind::Malformed;
            result.reason = tr("the service reported success for this row without a usable indicator id.");
            continue;
        }
        result.kind = Kind::Succeeded;
        result.id = id;
    }
    return true;
}

} // namespace im
