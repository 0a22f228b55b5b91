// SPDX-License-Identifier: GPL-3.0-or-later
// indicator-sandbox speaks the API of shared/spec/indicators-api.md: checked over HTTP with raw
// requests, the way any client would see it.
#include "core/net/DemoRegistration.h"
#include "support/SandboxProcess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace im;
using namespace im::test;

namespace {

QByteArray indicator(const QString &value, const QString &type = QStringLiteral("FileSha256"),
                     const QString &action = QStringLiteral("Block"), const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("indicatorValue"), value},
                  {QStringLiteral("indicatorType"), type},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("title"), QStringLiteral("t")},
                  {QStringLiteral("description"), QStringLiteral("d")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray importBody(const QList<QByteArray> &items)
{
    return "{\"Indicators\":[" + items.join(',') + "]}";
}

QString hash(int n)
{
    return QString::number(n).rightJustified(64, u'a');
}

QJsonObject object(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

void verifyEnvelope(const QByteArray &body, const QString &code)
{
    const QJsonObject error = object(body).value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QVERIFY(error.contains(QLatin1String("message")));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(error.value(QLatin1String("target")).toString())
                .hasMatch());
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listensOnLoopbackAndPrintsItsUrl();
    void tokenIsAJwtWithTheDocumentedClaims();
    void tokenEndpointAnswersLikeEntra_data();
    void tokenEndpointAnswersLikeEntra();
    void apiRefusesMissingAndForeignTokens();
    void importReportsEveryRowOnItsOwn();
    void importRefusesBadBodies_data();
    void importRefusesBadBodies();
    void upsertKeepsIdCreationTimeAndApplication();
    void submitAnswersWithTheEntityOr400();
    void listSupportsTopSkipAndFilter_data();
    void listSupportsTopSkipAndFilter();
    void versionedPathAnswersToo();
    void deleteAndBatchDelete();
    void rateLimitAnswers429WithRetryAfter();
    void tenantHoldsAtMostFifteenThousand();
    void expiredIndicatorsAreDeletedAtTheSecond();
    void stateSurvivesARestart();
    void ownIndicatorsOnlyWithoutReadWriteAll();
    void noUpsertCreatesEveryRowAnew();
    void pageSizeCapsPagesAndLinksTheNext();
    void echoNormalisedReturnsTheStoredForm();
    void strictBodyRefusesTheWholeImport();
    void switchesHaveCheckedValues();

private:
    SandboxProcess m_sandbox;
};

void TestSandboxApi::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--time-scale"), QStringLiteral("60")}), qPrintable(m_sandbox.error()));
}

void TestSandboxApi::init()
{
    QVERIFY(m_sandbox.reset());
}

void TestSandboxApi::listensOnLoopbackAndPrintsItsUrl()
{
    QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]+$")).match(m_sandbox.url()).hasMatch());
    QProcess help;
    help.start(QStringLiteral(IM_SANDBOX_PATH), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished());
    const QByteArray text = help.readAllStandardOutput();
    for (const char *needle : {"--port", "--tls-cert", "--tls-key", "--time-scale", "--state", "--seed", "--fault",
                               demo::kClientId, "not secret"})
        QVERIFY2(text.contains(needle), needle);
}

void TestSandboxApi::tokenIsAJwtWithTheDocumentedClaims()
{
    const QByteArray token = m_sandbox.demoToken();
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims = object(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding));
    for (const char *claim : {"aud", "iss", "tid", "appid", "roles", "exp", "iat"})
        QVERIFY2(claims.contains(QLatin1String(claim)), claim);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://api.securitycenter.microsoft.com"));
    QCOMPARE(claims.value(QLatin1String("tid")).toString(), QLatin1String(demo::kTenantId));
    QCOMPARE(claims.value(QLatin1String("roles")).toArray().at(0).toString(), QStringLiteral("Ti.ReadWrite.All"));
    const qint64 lifetime = static_cast<qint64>(claims.value(QLatin1String("exp")).toDouble()
                                                - claims.value(QLatin1String("iat")).toDouble());
    QCOMPARE(lifetime, 3599);
}

void TestSandboxApi::tokenEndpointAnswersLikeEntra_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString v2 = QStringLiteral("/%1/oauth2/v2.0/token").arg(QLatin1String(demo::kTenantId));
    const QByteArray client = "client_id=" + QByteArray(demo::kClientId);
    const QByteArray secret = "&client_secret=" + QByteArray(demo::kClientSecret);
    const QByteArray scope = "&scope=https%3A%2F%2Fapi.securitycenter.microsoft.com%2F.default";
    QTest::newRow("v2 ok") << v2 << "grant_type=client_credentials&" + client + secret + scope << 200 << QString();
    QTest::newRow("v1 ok") << QStringLiteral("/%1/oauth2/token").arg(QLatin1String(demo::kTenantId))
                           << "grant_type=client_credentials&" + client + secret
                                  + "&resource=https%3A%2F%2Fapi.securitycenter.microsoft.com"
                           << 200 << QString();
    QTest::newRow("wrong secret") << v2 << "grant_type=client_credentials&" + client + "&client_secret=x" + scope << 401
                                  << QStringLiteral("invalid_client");
    QTest::newRow("no secret") << v2 << "grant_type=client_credentials&" + client + scope << 401
                               << QStringLiteral("invalid_client");
    QTest::newRow("unknown app") << v2 << "grant_type=client_credentials&client_id=nobody" + secret + scope << 400
                                 << QStringLiteral("unauthorized_client");
    QTest::newRow("unknown tenant") << QStringLiteral("/contoso.example/oauth2/v2.0/token")
                                    << "grant_type=client_credentials&" + client + secret + scope << 400
                                    << QStringLiteral("invalid_request");
    QTest::newRow("scope without .default")
        << v2 << "grant_type=client_credentials&" + client + secret + "&scope=Ti.ReadWrite.All" << 400
        << QStringLiteral("invalid_scope");
    QTest::newRow("password grant") << v2 << "grant_type=password&" + client + secret + scope << 400
                                    << QStringLiteral("unsupported_grant_type");
}

void TestSandboxApi::tokenEndpointAnswersLikeEntra()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    QFETCH(QString, error);
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_sandbox.url() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = manager.post(request, form);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QJsonObject json = object(reply->readAll());
    reply->deleteLater();
    if (status == 200) {
        QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(!json.value(QLatin1String("access_token")).toString().isEmpty());
        QVERIFY(json.contains(QLatin1String("expires_in")));
        return;
    }
    QCOMPARE(json.value(QLatin1String("error")).toString(), error);
    QVERIFY(json.value(QLatin1String("error_description")).toString().startsWith(QLatin1String("AADSTS")));
    QVERIFY(json.value(QLatin1String("error_codes")).isArray());
}

void TestSandboxApi::apiRefusesMissingAndForeignTokens()
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(m_sandbox.url() + QStringLiteral("/api/indicators"))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    verifyEnvelope(reply->readAll(), QStringLiteral("Unauthorized"));
    reply->deleteLater();

    // A token signed by someone else (here: edited) is refused.
    QByteArray forged = m_sandbox.demoToken();
    forged[forged.size() - 2] = forged[forged.size() - 2] == 'A' ? 'B' : 'A';
    QByteArray body;
    QCOMPARE(m_sandbox.call("GET", QStringLiteral("/api/indicators"), {}, &body, forged), 401);
    verifyEnvelope(body, QStringLiteral("Unauthorized"));
}

void TestSandboxApi::importReportsEveryRowOnItsOwn()
{
    QByteArray body;
    const int status = m_sandbox.call(
        "POST", QStringLiteral("/api/indicators/import"),
        importBody(
            {indicator(hash(1)), indicator(QStringLiteral("10.0.0.1"), QStringLiteral("IpAddress")),
             indicator(QString()), indicator(hash(2), QStringLiteral("FileSha256"), QStringLiteral("Audit")),
             "{\"IndicatorValue\":\"" + hash(3).toLatin1()
                 + "\",\"indicatorType\":\"FileSha256\",\"action\":\"Block\","
                   "\"title\":\"t\",\"description\":\"d\"}",
             indicator(QStringLiteral("8.8.8.8"), QStringLiteral("IpAddress"), QStringLiteral("BlockAndRemediate")),
             indicator(hash(4), QStringLiteral("FileSha256"), QStringLiteral("Block"),
                       {{QStringLiteral("rbacGroupNames"), 5}})}),
        &body);
    QCOMPARE(status, 200);
    const QJsonArray results = object(body).value(QLatin1String("value")).toArray();
    QCOMPARE(results.size(), 7);
    auto result = [&](int i) { return results.at(i).toObject(); };
    QCOMPARE(result(0).value(QLatin1String("isFailed")).toBool(), false);
    QVERIFY(!result(0).value(QLatin1String("id")).toString().isEmpty());
    QCOMPARE(result(0).value(QLatin1String("indicator")).toString(), hash(1));
    const QList<QPair<int, QString>> failures = {
        {1, QStringLiteral("Ip address 10.0.0.1 is not a public address; internal addresses cannot be indicators")},
        {2, QStringLiteral("Recieved an empty indicator value.")},
        {3, QStringLiteral("generateAlert must be true when action is Audit")},
        {4, QStringLiteral("Recieved an empty indicator value.")}, // property names are case-sensitive
        {5, QStringLiteral("Action BlockAndRemediate is not supported for indicator type IpAddress")},
        {6, QStringLiteral("Invalid input rbacGroupNames")},
    };
    for (const auto &[i, reason] : failures) {
        QCOMPARE(result(i).value(QLatin1String("isFailed")).toBool(), true);
        QCOMPARE(result(i).value(QLatin1String("failureReason")).toString(), reason);
        QVERIFY(result(i).value(QLatin1String("id")).isNull());
    }
    QCOMPARE(m_sandbox.listAll().size(), 1);
}

void TestSandboxApi::importRefusesBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QList<QByteArray> many;
    for (int i = 0; i < 501; ++i)
        many.append(indicator(hash(i)));
    QTest::newRow("not JSON") << QByteArray("{\"Indicators\":[") << QStringLiteral("InvalidRequestBody")
                              << QStringLiteral("Request body is incorrect");
    QTest::newRow("wrong case of the wrapper")
        << QByteArray("{\"indicators\":[]}") << QStringLiteral("MissingRequiredParameter")
        << QStringLiteral("Parameter Indicators is missing");
    QTest::newRow("empty list") << QByteArray("{\"Indicators\":[]}") << QStringLiteral("InvalidInput") << QString();
    QTest::newRow("501 indicators") << importBody(many) << QStringLiteral("MaximumBatchSizeExceeded")
                                    << QStringLiteral("Received: 501, allowed: 500");
}

void TestSandboxApi::importRefusesBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QByteArray reply;
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"), body, &reply), 400);
    verifyEnvelope(reply, code);
    if (!message.isEmpty())
        QCOMPARE(object(reply).value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 message);
    QCOMPARE(m_sandbox.listAll().size(), 0);
}

void TestSandboxApi::upsertKeepsIdCreationTimeAndApplication()
{
    const QJsonObject first{{QStringLiteral("application"), QStringLiteral("first-app")},
                            {QStringLiteral("rbacGroupNames"), QJsonArray{QStringLiteral("SOC")}}};
    QByteArray body;
    QCOMPARE(
        m_sandbox.call("POST", QStringLiteral("/api/indicators/import"),
                       importBody({indicator(hash(10), QStringLiteral("FileSha256"), QStringLiteral("Block"), first)}),
                       &body),
        200);
    const QString id =
        object(body).value(QLatin1String("value")).toArray().at(0).toObject().value(QLatin1String("id")).toString();
    const QJsonObject created = m_sandbox.listAll().at(0).toObject();
    // The update must carry a later time than the creation: the sandbox stamps the wall clock to the
    // millisecond, so wait until that clock has moved past the creation.
    QDateTime createdAt = QDateTime::fromString(created.value(QLatin1String("lastUpdateTime")).toString().left(23),
                                                QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    createdAt.setTimeSpec(Qt::UTC);
    QVERIFY(createdAt.isValid());
    QTRY_VERIFY(QDateTime::currentDateTimeUtc() > createdAt);

    // Same type, value (other letter case), action and device groups: an update.
    QJsonObject second{{QStringLiteral("application"), QStringLiteral("second-app")},
                       {QStringLiteral("title"), QStringLiteral("renamed")},
                       {QStringLiteral("rbacGroupNames"), QStringLiteral("soc")}};
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"),
                            importBody({indicator(hash(10).toUpper(), QStringLiteral("FileSha256"),
                                                  QStringLiteral("Block"), second)}),
                            &body),
             200);
    QCOMPARE(
        object(body).value(QLatin1String("value")).toArray().at(0).toObject().value(QLatin1String("id")).toString(),
        id);
    const QJsonArray listed = m_sandbox.listAll();
    QCOMPARE(listed.size(), 1);
    const QJsonObject updated = listed.at(0).toObject();
    QCOMPARE(updated.value(QLatin1String("id")).toString(), id);
    QCOMPARE(updated.value(QLatin1String("title")).toString(), QStringLiteral("renamed"));
    QCOMPARE(updated.value(QLatin1String("application")).toString(), QStringLiteral("first-app"));
    QCOMPARE(updated.value(QLatin1String("creationTimeDateTimeUtc")),
             created.value(QLatin1String("creationTimeDateTimeUtc")));
    QVERIFY(updated.value(QLatin1String("lastUpdateTime")).toString()
            > created.value(QLatin1String("lastUpdateTime")).toString());
    QCOMPARE(updated.value(QLatin1String("lastUpdatedBy")).toString(), QLatin1String(demo::kAppName));
    QVERIFY(created.value(QLatin1String("lastUpdatedBy")).isNull());

    // Another action, or other device groups, is another indicator (shared/spec §7).
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"),
                            importBody({indicator(hash(10), QStringLiteral("FileSha256"), QStringLiteral("Warn")),
                                        indicator(hash(10), QStringLiteral("FileSha256"), QStringLiteral("Block"))}),
                            &body),
             200);
    QCOMPARE(m_sandbox.listAll().size(), 3);
}

void TestSandboxApi::submitAnswersWithTheEntityOr400()
{
    QByteArray body;
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators"), indicator(hash(20)), &body), 200);
    const QJsonObject entity = object(body);
    QVERIFY(entity.value(QLatin1String("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#Indicators/$entity")));
    for (const char *field : {"id", "indicatorValue", "indicatorType", "action", "createdBy", "severity", "category",
                              "creationTimeDateTimeUtc", "lastUpdateTime", "rbacGroupNames", "generateAlert",
                              "createdBySource", "sourceType"})
        QVERIFY2(entity.contains(QLatin1String(field)), field);
    QCOMPARE(entity.value(QLatin1String("createdBySource")).toString(), QStringLiteral("PublicApi"));
    QCOMPARE(entity.value(QLatin1String("severity")).toString(), QStringLiteral("Informational"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z$"))
                .match(entity.value(QLatin1String("creationTimeDateTimeUtc")).toString())
                .hasMatch());

    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators"), indicator(QStringLiteral("abc")), &body), 400);
    verifyEnvelope(body, QStringLiteral("InvalidHashValue"));
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators"),
                            indicator(QStringLiteral("not a domain"), QStringLiteral("DomainName")), &body),
             400);
    verifyEnvelope(body, QStringLiteral("InvalidDomainName"));
}

void TestSandboxApi::listSupportsTopSkipAndFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("all") << QString() << 200 << 6;
    QTest::newRow("$top") << QStringLiteral("$top=2") << 200 << 2;
    QTest::newRow("$skip") << QStringLiteral("$skip=4") << 200 << 2;
    QTest::newRow("$top over 10000") << QStringLiteral("$top=10001") << 400 << 0;
    QTest::newRow("eq") << QStringLiteral("$filter=action eq 'Warn'") << 200 << 2;
    QTest::newRow("eq ignores case") << QStringLiteral("$filter=action eq 'warn'") << 200 << 2;
    QTest::newRow("ne and") << QStringLiteral("$filter=action ne 'Warn' and indicatorType eq 'FileSha256'") << 200 << 2;
    QTest::newRow("startswith") << QStringLiteral("$filter=startswith(indicatorValue,'evil.')") << 200 << 1;
    QTest::newRow("ge date") << QStringLiteral("$filter=expirationTime ge 2030-06-01T00:00:00Z") << 200 << 2;
    QTest::newRow("gt date") << QStringLiteral("$filter=expirationTime gt 2030-12-31T00:00:00Z") << 200 << 1;
    QTest::newRow("eq null") << QStringLiteral("$filter=expirationTime eq null") << 200 << 3;
    QTest::newRow("boolean") << QStringLiteral("$filter=generateAlert eq true") << 200 << 1;
    QTest::newRow("list contains") << QStringLiteral("$filter=rbacGroupNames eq 'SOC'") << 200 << 1;
    QTest::newRow("parentheses") << QStringLiteral("$filter=(action eq 'Block') and (severity eq 'High')") << 200 << 1;
    QTest::newRow("unknown field") << QStringLiteral("$filter=colour eq 'red'") << 400 << 0;
    QTest::newRow("or is not supported") << QStringLiteral("$filter=action eq 'Warn' or action eq 'Block'") << 400 << 0;
    QTest::newRow("broken") << QStringLiteral("$filter=action eq") << 400 << 0;
}

void TestSandboxApi::listSupportsTopSkipAndFilter()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    const QList<QByteArray> items = {
        indicator(hash(1), QStringLiteral("FileSha256"), QStringLiteral("Block"),
                  {{QStringLiteral("severity"), QStringLiteral("High")},
                   {QStringLiteral("rbacGroupNames"), QJsonArray{QStringLiteral("SOC")}}}),
        indicator(hash(2), QStringLiteral("FileSha256"), QStringLiteral("Warn"),
                  {{QStringLiteral("expirationTime"), QStringLiteral("2030-06-01T00:00:00Z")}}),
        indicator(hash(3), QStringLiteral("FileSha256"), QStringLiteral("Allowed"),
                  {{QStringLiteral("expirationTime"), QStringLiteral("2031-01-01T00:00:00Z")}}),
        indicator(QStringLiteral("evil.example.com"), QStringLiteral("DomainName"), QStringLiteral("Warn")),
        indicator(QStringLiteral("8.8.4.4"), QStringLiteral("IpAddress"), QStringLiteral("Audit"),
                  {{QStringLiteral("generateAlert"), true}}),
        indicator(QStringLiteral("https://x.example.org/a"), QStringLiteral("Url"), QStringLiteral("Block"),
                  {{QStringLiteral("expirationTime"), QStringLiteral("2030-01-01T00:00:00Z")}}),
    };
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody(items)), 200);
    QByteArray body;
    const QString path =
        QStringLiteral("/api/indicators") + (query.isEmpty() ? QString() : QStringLiteral("?") + query);
    QCOMPARE(m_sandbox.call("GET", path, {}, &body), status);
    if (status != 200) {
        verifyEnvelope(body, QStringLiteral("ODataError"));
        return;
    }
    const QJsonObject json = object(body);
    QVERIFY(json.value(QLatin1String("@odata.context")).toString().endsWith(QLatin1String("$metadata#Indicators")));
    QCOMPARE(json.value(QLatin1String("value")).toArray().size(), count);
}

void TestSandboxApi::versionedPathAnswersToo()
{
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/v1.0/indicators/import"), importBody({indicator(hash(30))})),
             200);
    QByteArray body;
    QCOMPARE(m_sandbox.call("GET", QStringLiteral("/api/v1.0/indicators"), {}, &body), 200);
    QCOMPARE(object(body).value(QLatin1String("value")).toArray().size(), 1);
    QCOMPARE(m_sandbox.call("GET", QStringLiteral("/api/v2.0/indicators"), {}, &body), 404);
    verifyEnvelope(body, QStringLiteral("ResourceNotFound"));
}

void TestSandboxApi::deleteAndBatchDelete()
{
    QList<QByteArray> items;
    for (int i = 40; i < 44; ++i)
        items.append(indicator(hash(i)));
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody(items)), 200);
    QStringList ids;
    for (const QJsonValue &v : m_sandbox.listAll())
        ids.append(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 4);

    QByteArray body;
    QCOMPARE(m_sandbox.call("DELETE", QStringLiteral("/api/indicators/") + ids[0], {}, &body), 204);
    QVERIFY(body.isEmpty());
    QCOMPARE(m_sandbox.call("DELETE", QStringLiteral("/api/indicators/") + ids[0], {}, &body), 404);
    verifyEnvelope(body, QStringLiteral("NotFound"));

    auto batch = [](const QStringList &list) {
        return QJsonDocument(QJsonObject{{QStringLiteral("IndicatorIds"), QJsonArray::fromStringList(list)}}).toJson();
    };
    // All or nothing: one unknown id deletes none.
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/BatchDelete"),
                            batch({ids[1], QStringLiteral("99999")}), &body),
             404);
    QCOMPARE(m_sandbox.listAll().size(), 3);
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/BatchDelete"),
                            batch({ids[1], QStringLiteral("x1")}), &body),
             400);
    verifyEnvelope(body, QStringLiteral("InvalidInput"));
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/BatchDelete"), batch({}), &body), 400);
    QStringList tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(QString::number(i + 1));
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/BatchDelete"), batch(tooMany), &body), 400);
    verifyEnvelope(body, QStringLiteral("MaximumBatchSizeExceeded"));
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/batchdelete"), batch({ids[1], ids[2]}), &body),
             204);
    QCOMPARE(m_sandbox.listAll().size(), 1);
}

void TestSandboxApi::rateLimitAnswers429WithRetryAfter()
{
    // Time scale 12: Import allows 30 calls per 5 seconds. The 31st within the window is refused.
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--time-scale"), QStringLiteral("12")}));
    QNetworkAccessManager manager;
    const QByteArray token = sandbox.demoToken();
    auto import = [&](QByteArray *retryAfter, QByteArray *body) {
        QNetworkRequest request(QUrl(sandbox.url() + QStringLiteral("/api/indicators/import")));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = manager.post(request, importBody({indicator(hash(50))}));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *retryAfter = reply->rawHeader("Retry-After");
        *body = reply->readAll();
        reply->deleteLater();
        return status;
    };
    QByteArray retryAfter;
    QByteArray body;
    QElapsedTimer clock;
    clock.start();
    int firstRefused = 0;
    for (int i = 1; i <= 31 && firstRefused == 0; ++i) {
        if (import(&retryAfter, &body) == 429)
            firstRefused = i;
    }
    QVERIFY2(clock.elapsed() < 5000, "31 calls did not fit in one scaled minute");
    QCOMPARE(firstRefused, 31);
    verifyEnvelope(body, QStringLiteral("TooManyRequests"));
    QCOMPARE(object(body).value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("API calls quota exceeded! maximum allowed 30 per 00:01:00"));
    bool ok = false;
    const double seconds = retryAfter.toDouble(&ok);
    QVERIFY2(ok && seconds > 0 && seconds <= 5.0, retryAfter.constData());
    // Retrying early keeps failing; after Retry-After it works.
    QCOMPARE(import(&retryAfter, &body), 429);
    // Time is what is tested: nothing but the clock marks the end of Retry-After.
    QTest::qWait(static_cast<int>(retryAfter.toDouble() * 1000) + 20);
    QCOMPARE(import(&retryAfter, &body), 200);
    QCOMPARE(sandbox.stats().value(QLatin1String("throttled")).toObject().value(QLatin1String("import")).toInt(), 2);
}

void TestSandboxApi::tenantHoldsAtMostFifteenThousand()
{
    QVERIFY(m_sandbox.seed(14999));
    QByteArray body;
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"),
                            importBody({indicator(hash(60)), indicator(hash(61)), indicator(hash(60))}), &body),
             200);
    const QJsonArray results = object(body).value(QLatin1String("value")).toArray();
    QCOMPARE(results.at(0).toObject().value(QLatin1String("isFailed")).toBool(), false);
    QCOMPARE(results.at(1).toObject().value(QLatin1String("failureReason")).toString(),
             QStringLiteral("Max capacity exceeded"));
    QCOMPARE(results.at(2).toObject().value(QLatin1String("isFailed")).toBool(), false); // an update still works
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators"), indicator(hash(62)), &body), 400);
    QVERIFY(object(body)
                .value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("Max capacity exceeded")));
    QCOMPARE(m_sandbox.stats().value(QLatin1String("indicators")).toInt(), 15000);
}

void TestSandboxApi::expiredIndicatorsAreDeletedAtTheSecond()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString soon = now.addSecs(2).toString(Qt::ISODate);
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"),
                            importBody({indicator(hash(70), QStringLiteral("FileSha256"), QStringLiteral("Block"),
                                                  {{QStringLiteral("expirationTime"), soon}}),
                                        indicator(hash(71))})),
             200);
    QCOMPARE(m_sandbox.listAll().size(), 2);
    // Gone once its second has come: the deadline is the start of that second, plus a little slack.
    const qint64 deadline = now.addSecs(2).toMSecsSinceEpoch() / 1000 * 1000 + 700;
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.listAll().size(), 1, 4000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() <= deadline + 500);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= now.addSecs(1).toMSecsSinceEpoch());
    // An expiration in the past is refused up front.
    QByteArray body;
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators"),
                            indicator(hash(72), QStringLiteral("FileSha256"), QStringLiteral("Block"),
                                      {{QStringLiteral("expirationTime"), QStringLiteral("2020-01-01T00:00:00Z")}}),
                            &body),
             400);
}

void TestSandboxApi::stateSurvivesARestart()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("tenant.json"));
    QStringList ids;
    {
        SandboxProcess first;
        QVERIFY(first.start({QStringLiteral("--state"), state, QStringLiteral("--seed"), QStringLiteral("5")}));
        QCOMPARE(first.call("POST", QStringLiteral("/api/indicators/import"), importBody({indicator(hash(80))})), 200);
        for (const QJsonValue &v : first.listAll())
            ids.append(v.toObject().value(QLatin1String("id")).toString());
    }
    QCOMPARE(ids.size(), 6);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("tenant.json")}); // no temporary left
    SandboxProcess second;
    QVERIFY(second.start({QStringLiteral("--state"), state, QStringLiteral("--seed"), QStringLiteral("5")}));
    QStringList again;
    for (const QJsonValue &v : second.listAll())
        again.append(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(again, ids); // the same indicators, and --seed did not add to a tenant that has some
    // Upsert still finds the stored indicator after the restart; new ids continue after the old ones.
    QByteArray body;
    QCOMPARE(second.call("POST", QStringLiteral("/api/indicators/import"),
                         importBody({indicator(hash(80)), indicator(hash(81))}), &body),
             200);
    const QJsonArray results = object(body).value(QLatin1String("value")).toArray();
    QCOMPARE(results.at(0).toObject().value(QLatin1String("id")).toString(), ids.last());
    QCOMPARE(results.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("7"));
}

void TestSandboxApi::ownIndicatorsOnlyWithoutReadWriteAll()
{
    QTemporaryDir dir;
    QFile apps(dir.filePath(QStringLiteral("apps.json")));
    QVERIFY(apps.open(QIODevice::WriteOnly));
    apps.write(R"([{"clientId":"22222222-2222-4222-8222-222222222222","secret":"own-secret","displayName":"Own only",
                    "roles":["Ti.ReadWrite"]}])");
    apps.close();
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--apps"), apps.fileName(), QStringLiteral("--seed"), QStringLiteral("3")}));
    QNetworkAccessManager manager;
    QNetworkRequest tokenRequest(
        QUrl(sandbox.url() + QStringLiteral("/%1/oauth2/v2.0/token").arg(QLatin1String(demo::kTenantId))));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply = manager.post(
        tokenRequest, "grant_type=client_credentials&client_id=22222222-2222-4222-8222-222222222222"
                      "&client_secret=own-secret&scope=https%3A%2F%2Fapi.securitycenter.microsoft.com%2F.default");
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait());
    const QByteArray token = object(reply->readAll()).value(QLatin1String("access_token")).toString().toLatin1();
    reply->deleteLater();
    QByteArray body;
    QCOMPARE(sandbox.call("GET", QStringLiteral("/api/indicators"), {}, &body, token), 200);
    QCOMPARE(object(body).value(QLatin1String("value")).toArray().size(), 0); // the seeded ones are not its own
    QCOMPARE(
        sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody({indicator(hash(90))}), &body, token),
        200);
    QCOMPARE(sandbox.call("GET", QStringLiteral("/api/indicators"), {}, &body, token), 200);
    QCOMPARE(object(body).value(QLatin1String("value")).toArray().size(), 1);
    QCOMPARE(sandbox.listAll().size(), 4); // Ti.ReadWrite.All sees everything
}

void TestSandboxApi::noUpsertCreatesEveryRowAnew()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--no-upsert")}), qPrintable(sandbox.error()));
    QByteArray first;
    QByteArray second;
    QCOMPARE(sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody({indicator(hash(1))}), &first),
             200);
    QCOMPARE(sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody({indicator(hash(1))}), &second),
             200);
    const QString a =
        object(first).value(QLatin1String("value")).toArray().at(0).toObject().value(QLatin1String("id")).toString();
    const QString b =
        object(second).value(QLatin1String("value")).toArray().at(0).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!a.isEmpty());
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    QCOMPARE(sandbox.listAll().size(), 2); // the same indicator twice
    // Without the switch the same two calls leave one.
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody({indicator(hash(1))})), 200);
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody({indicator(hash(1))})), 200);
    QCOMPARE(m_sandbox.listAll().size(), 1);
}

void TestSandboxApi::pageSizeCapsPagesAndLinksTheNext()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(
                 {QStringLiteral("--page-size"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("8")}),
             qPrintable(sandbox.error()));
    QStringList ids;
    QString path = QStringLiteral("/api/indicators?$top=10000&$filter=indicatorType eq 'FileSha256'");
    int pages = 0;
    while (!path.isEmpty()) {
        QByteArray reply;
        QCOMPARE(sandbox.call("GET", path, {}, &reply), 200);
        const QJsonObject page = object(reply);
        const QJsonArray items = page.value(QLatin1String("value")).toArray();
        QVERIFY(items.size() <= 3);
        for (const QJsonValue &v : items)
            ids.append(v.toObject().value(QLatin1String("id")).toString());
        ++pages;
        path.clear();
        if (page.contains(QLatin1String("@odata.nextLink"))) {
            const QUrl next(page.value(QLatin1String("@odata.nextLink")).toString());
            QCOMPARE(next.host(), QUrl(sandbox.url()).host());
            QCOMPARE(next.port(), QUrl(sandbox.url()).port());
            QVERIFY(QUrlQuery(next).hasQueryItem(QStringLiteral("$filter")));
            path = next.path() + u'?' + next.query(QUrl::FullyEncoded);
        }
    }
    QCOMPARE(pages, 3); // 3 + 3 + 2: the last page has no link
    QCOMPARE(ids.size(), 8);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 8);
    // A smaller $top than the cap is kept, and the page that ends the matches carries no link.
    QByteArray reply;
    QCOMPARE(sandbox.call("GET", QStringLiteral("/api/indicators?$top=2&$skip=6"), {}, &reply), 200);
    QCOMPARE(object(reply).value(QLatin1String("value")).toArray().size(), 2);
    QVERIFY(!object(reply).contains(QLatin1String("@odata.nextLink")));
    // Without the switch no page carries a link (UndocumentedChoices.h).
    QVERIFY(m_sandbox.seed(8));
    QCOMPARE(m_sandbox.call("GET", QStringLiteral("/api/indicators?$top=3"), {}, &reply), 200);
    QVERIFY(!object(reply).contains(QLatin1String("@odata.nextLink")));
}

void TestSandboxApi::echoNormalisedReturnsTheStoredForm()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--echo"), QStringLiteral("normalised")}), qPrintable(sandbox.error()));
    const QList<QPair<QByteArray, QString>> rows = {
        {indicator(hash(5).toUpper()), hash(5).toLower()},
        {indicator(QStringLiteral("2001:4860:4860:0:0:0:0:8888"), QStringLiteral("IpAddress")),
         QStringLiteral("2001:4860:4860::8888")},
        {indicator(QStringLiteral("Example.COM."), QStringLiteral("DomainName")), QStringLiteral("example.com")},
        {indicator(QStringLiteral("bücher.example"), QStringLiteral("DomainName")),
         QStringLiteral("xn--bcher-kva.example")},
        {indicator(QStringLiteral("HTTPS://Evil.Example/path/"), QStringLiteral("Url")),
         QStringLiteral("https://evil.example/path")},
        {indicator(QStringLiteral("8.8.4.4"), QStringLiteral("IpAddress")), QStringLiteral("8.8.4.4")},
    };
    QList<QByteArray> items;
    for (const auto &row : rows)
        items.append(row.first);
    QByteArray body;
    QCOMPARE(sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody(items), &body), 200);
    const QJsonArray results = object(body).value(QLatin1String("value")).toArray();
    QCOMPARE(results.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QVERIFY2(!r.value(QLatin1String("isFailed")).toBool(),
                 qPrintable(r.value(QLatin1String("failureReason")).toString()));
        QCOMPARE(r.value(QLatin1String("indicator")).toString(), rows[i].second);
    }
    // The default echoes the value as sent.
    QCOMPARE(m_sandbox.call("POST", QStringLiteral("/api/indicators/import"), importBody({rows[0].first}), &body), 200);
    QCOMPARE(object(body)
                 .value(QLatin1String("value"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("indicator"))
                 .toString(),
             hash(5).toUpper());
}

void TestSandboxApi::strictBodyRefusesTheWholeImport()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--strict-body")}), qPrintable(sandbox.error()));
    const QByteArray wrongCase =
        "{\"IndicatorValue\":\"" + hash(3).toLatin1()
        + "\",\"indicatorType\":\"FileSha256\",\"action\":\"Block\",\"title\":\"t\",\"description\":\"d\"}";
    const QList<QPair<QByteArray, QString>> poisons = {
        {wrongCase, QStringLiteral("IndicatorValue")},
        {indicator(hash(4), QStringLiteral("FileSha256"), QStringLiteral("Block"),
                   {{QStringLiteral("colour"), QStringLiteral("red")}}),
         QStringLiteral("colour")},
        {indicator(hash(4), QStringLiteral("FileSha256"), QStringLiteral("Block"), {{QStringLiteral("title"), 5}}),
         QStringLiteral("title")},
    };
    for (const auto &[poison, property] : poisons) {
        QByteArray body;
        QCOMPARE(sandbox.call("POST", QStringLiteral("/api/indicators/import"),
                              importBody({indicator(hash(1)), poison}), &body),
                 400);
        verifyEnvelope(body, QStringLiteral("InvalidRequestBody"));
        const QString message =
            object(body).value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Request body is incorrect: Indicators[1]: ")), qPrintable(message));
        QVERIFY2(message.contains(property), qPrintable(message));
    }
    QCOMPARE(sandbox.listAll().size(), 0); // nothing of a refused body is kept
    // A clean body, and a row that fails on its value, are still judged row by row.
    QByteArray body;
    QCOMPARE(sandbox.call(
                 "POST", QStringLiteral("/api/indicators/import"),
                 importBody({indicator(hash(1)), indicator(QStringLiteral("10.0.0.1"), QStringLiteral("IpAddress"))}),
                 &body),
             200);
    const QJsonArray results = object(body).value(QLatin1String("value")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QLatin1String("isFailed")).toBool(), false);
    QCOMPARE(results.at(1).toObject().value(QLatin1String("isFailed")).toBool(), true);
}

void TestSandboxApi::switchesHaveCheckedValues()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--page-size"), QStringLiteral("10001")},
                                         QStringList{QStringLiteral("--page-size"), QStringLiteral("-1")},
                                         QStringList{QStringLiteral("--echo"), QStringLiteral("lower")}}) {
        SandboxProcess sandbox;
        QVERIFY(!sandbox.start(arguments));
    }
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "TestSandboxApi.moc"
