// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the tenant's indicators through List, page by page, against the sandbox as a real process:
// the pager's paging and filter, and the tenant view's reads and deletes riding out transient failures.
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/tenant/BatchDeleter.h"
#include "core/tenant/IndicatorPager.h"
#include "core/tenant/TenantIndicators.h"
#include "support/PreviewScenario.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace im;
using namespace im::test;

class TestTenantReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pagerReadsEveryPageAndStopsAfterAShortOne_data();
    void pagerReadsEveryPageAndStopsAfterAShortOne();
    void pagerSendsTheFilter();
    void pagerCancelledMidReadSendsNothingMore();
    void pagerStopsWhenTheServiceRepeatsAPage();
    void pagerFollowsNextLinkWhenTheServiceCapsItsPages();
    void pagerStopsWhenALinkedPageRepeats();
    void batchDeleteFallsBackToIdByIdForUnknownIds();
    void tenantViewRidesOutTransientFailures();

private:
    qsizetype listCalls();

    QNetworkAccessManager m_manager;
    ApiClient m_client{&m_manager};
    SandboxProcess m_sandbox;
};

void TestTenantReading::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    QVERIFY(m_sandbox.signIn(m_client));
}

void TestTenantReading::init()
{
    QVERIFY(m_sandbox.reset());
    QVERIFY(seedScenarioTenant(m_sandbox));
}

qsizetype TestTenantReading::listCalls()
{
    return m_sandbox.stats().value(QStringLiteral("calls")).toObject().value(QLatin1String("list")).toArray().size();
}

void TestTenantReading::pagerReadsEveryPageAndStopsAfterAShortOne_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pages");
    QTest::newRow("one short page") << 10000 << 1;
    QTest::newRow("full, then short") << 4 << 2;
    // Six fills three pages of two exactly; only the empty fourth says there is no more.
    QTest::newRow("full pages, then an empty one") << 2 << 4;
    QTest::newRow("one at a time") << 1 << 7;
}

void TestTenantReading::pagerReadsEveryPageAndStopsAfterAShortOne()
{
    QFETCH(int, pageSize);
    QFETCH(int, pages);
    IndicatorPager pager(&m_client);
    pager.setPageSize(pageSize);
    QCOMPARE(pager.pageSize(), pageSize);
    QSet<QString> ids;
    int itemsInPages = 0;
    connect(&pager, &IndicatorPager::pageRead, this, [&](const QJsonArray &items) {
        QVERIFY(items.size() <= pageSize);
        itemsInPages += static_cast<int>(items.size());
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QLatin1String("id")).toString());
    });
    QSignalSpy finished(&pager, &IndicatorPager::finished);
    const qsizetype callsBefore = listCalls();
    pager.start();
    QVERIFY(pager.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY2(!pager.error().isError(), qPrintable(pager.error().message()));
    QVERIFY(!pager.isRunning());
    QCOMPARE(itemsInPages, 6);
    QCOMPARE(ids.size(), 6); // every indicator once: no page read twice, none skipped
    QVERIFY(!ids.contains(QString()));
    QCOMPARE(pager.itemsRead(), 6);
    QCOMPARE(pager.pagesRead(), pages);
    QCOMPARE(listCalls() - callsBefore, pages);
    QCOMPARE(finished.count(), 1);
}

void TestTenantReading::pagerSendsTheFilter()
{
    IndicatorPager pager(&m_client);
    QJsonArray read;
    connect(&pager, &IndicatorPager::pageRead, this, [&](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            read.append(item);
    });
    QSignalSpy finished(&pager, &IndicatorPager::finished);
    pager.start(QStringLiteral("indicatorType eq 'DomainName'"));
    QVERIFY(finished.wait(30000));
    QVERIFY2(!pager.error().isError(), qPrintable(pager.error().message()));
    QCOMPARE(read.size(), 2);
    for (const QJsonValue &item : std::as_const(read))
        QCOMPARE(item.toObject().value(QLatin1String("indicatorType")).toString(), QStringLiteral("DomainName"));
}

void TestTenantReading::pagerCancelledMidReadSendsNothingMore()
{
    IndicatorPager pager(&m_client);
    pager.setPageSize(1);
    QSignalSpy finished(&pager, &IndicatorPager::finished);
    connect(&pager, &IndicatorPager::pageRead, &pager, &IndicatorPager::cancel); // after the first page
    const qsizetype callsBefore = listCalls();
    pager.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(pager.error().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(pager.pagesRead(), 1);
    // A next page would have been asked for before finished() came, so a call of the client would
    // still be on its way to the sandbox.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(m_client.findChildren<ApiCall *>().isEmpty());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(listCalls() - callsBefore, 1);
}

void TestTenantReading::pagerStopsWhenTheServiceRepeatsAPage()
{
    QVERIFY(m_sandbox.setFaults({QStringLiteral("ignore-skip")}));
    IndicatorPager pager(&m_client);
    pager.setPageSize(2);
    QSignalSpy pages(&pager, &IndicatorPager::pageRead);
    QSignalSpy finished(&pager, &IndicatorPager::finished);
    const qsizetype callsBefore = listCalls();
    pager.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(pager.error().kind(), ApiError::Kind::MalformedReply);
    QVERIFY2(pager.error().message().contains(QStringLiteral("same page twice")), qPrintable(pager.error().message()));
    QCOMPARE(pages.count(), 1); // the repeat is not passed on as new indicators
    QCOMPARE(pager.itemsRead(), 2);
    QCOMPARE(listCalls() - callsBefore, 2);
}

void TestTenantReading::pagerFollowsNextLinkWhenTheServiceCapsItsPages()
{
    // A service that caps its pages at 1,000 whatever $top asks: without following @odata.nextLink the
    // first short page would look like the last one and the snapshot would hold 1,000 of 15,000.
    SandboxProcess capped;
    QVERIFY2(capped.start({QStringLiteral("--page-size"), QStringLiteral("1000"), QStringLiteral("--seed"),
                           QStringLiteral("15000"), QStringLiteral("--time-scale"), QStringLiteral("60")}),
             qPrintable(capped.error()));
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    client.setTimeScale(60);
    QVERIFY(capped.signIn(client));
    IndicatorPager pager(&client);
    QCOMPARE(pager.pageSize(), 10000);
    QSet<QString> ids;
    int largestPage = 0;
    connect(&pager, &IndicatorPager::pageRead, this, [&](const QJsonArray &items) {
        largestPage = std::max(largestPage, static_cast<int>(items.size()));
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QLatin1String("id")).toString());
    });
    QSignalSpy finished(&pager, &IndicatorPager::finished);
    pager.start();
    QVERIFY(finished.wait(120000));
    QVERIFY2(!pager.error().isError(), qPrintable(pager.error().message()));
    QCOMPARE(largestPage, 1000);
    QCOMPARE(pager.itemsRead(), 15000);
    QCOMPARE(ids.size(), 15000);
    QCOMPARE(pager.pagesRead(), 15);
    QCOMPARE(capped.stats().value(QStringLiteral("calls")).toObject().value(QLatin1String("list")).toArray().size(),
             15);

    // The link keeps the filter.
    int matched = 0;
    bool onlyBlocks = true;
    connect(&pager, &IndicatorPager::pageRead, this, [&](const QJsonArray &items) {
        matched += static_cast<int>(items.size());
        for (const QJsonValue &item : items)
            onlyBlocks =
                onlyBlocks && item.toObject().value(QLatin1String("action")).toString() == QLatin1String("Block");
    });
    pager.start(QStringLiteral("action eq 'Block'"));
    QVERIFY(finished.wait(120000));
    QVERIFY2(!pager.error().isError(), qPrintable(pager.error().message()));
    QCOMPARE(matched, 3750); // the seed cycles through four actions
    QVERIFY(onlyBlocks);
}

void TestTenantReading::pagerStopsWhenALinkedPageRepeats()
{
    // A proxy that drops $skip from the link's query: every linked page is the first again.
    SandboxProcess capped;
    QVERIFY2(capped.start(
                 {QStringLiteral("--page-size"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("6")}),
             qPrintable(capped.error()));
    QVERIFY(capped.setFaults({QStringLiteral("ignore-skip")}));
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    QVERIFY(capped.signIn(client));
    IndicatorPager pager(&client);
    QSignalSpy pages(&pager, &IndicatorPager::pageRead);
    QSignalSpy finished(&pager, &IndicatorPager::finished);
    pager.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(pager.error().kind(), ApiError::Kind::MalformedReply);
    QVERIFY2(pager.error().message().contains(QStringLiteral("same page twice")), qPrintable(pager.error().message()));
    QCOMPARE(pages.count(), 1);
    QCOMPARE(capped.stats().value(QStringLiteral("calls")).toObject().value(QLatin1String("list")).toArray().size(), 2);
}

void TestTenantReading::batchDeleteFallsBackToIdByIdForUnknownIds()
{
    // BatchDelete deletes nothing of a call when one id is unknown; the deleter then goes id by id,
    // as the CLI does, instead of stopping with the rest of the tenant's selection undeleted.
    QStringList ids;
    for (const QJsonValue &v : m_sandbox.listAll())
        ids.append(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 6);
    const QStringList chosen = {ids[0], QStringLiteral("987654"), ids[2], ids[4]};
    BatchDeleter deleter(&m_client);
    QSignalSpy finished(&deleter, &BatchDeleter::finished);
    deleter.start(chosen);
    QVERIFY(finished.wait(30000));
    QVERIFY2(!deleter.error().isError(), qPrintable(deleter.error().message()));
    QCOMPARE(deleter.deleted(), 3);
    QCOMPARE(deleter.notFound(), QStringList{QStringLiteral("987654")});
    QCOMPARE(deleter.calls(), 1 + 4); // the refused BatchDelete, then Delete for each id
    QStringList left;
    for (const QJsonValue &v : m_sandbox.listAll())
        left.append(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(left, (QStringList{ids[1], ids[3], ids[5]}));
}

void TestTenantReading::tenantViewRidesOutTransientFailures()
{
    QVERIFY(m_sandbox.setFaults(
        {QStringLiteral("5xx:count=1,endpoint=list"), QStringLiteral("5xx:count=1,endpoint=batchdelete")}));
    TenantIndicators tenant(&m_client);
    tenant.setPageSize(4);
    QSignalSpy loaded(&tenant, &TenantIndicators::loaded);
    QSignalSpy pages(&tenant, &TenantIndicators::pageLoaded);
    QVERIFY(tenant.refresh());
    QVERIFY(tenant.isBusy());
    QVERIFY(!tenant.refresh()); // one operation at a time
    QVERIFY(loaded.wait(30000));
    QVERIFY2(loaded.first().first().toBool(), qPrintable(tenant.lastError().message()));
    QCOMPARE(tenant.items().size(), 6);
    QCOMPARE(pages.count(), 2);
    QCOMPARE(pages.last().first().toInt(), 6);
    QCOMPARE(listCalls(), 3); // the failed first page, then two

    const QString id = tenant.items().first().toObject().value(QLatin1String("id")).toString();
    QSignalSpy removed(&tenant, &TenantIndicators::removed);
    QVERIFY(!tenant.remove({}));
    QVERIFY(tenant.remove({id}));
    QVERIFY(removed.wait(30000));
    QCOMPARE(removed.first().at(0).toInt(), 1);
    QVERIFY2(removed.first().at(1).toBool(), qPrintable(tenant.lastError().message()));
    QCOMPARE(tenant.batchDeleteCalls(), 2);

    QVERIFY(tenant.refresh());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(tenant.items().size(), 5);
}

QTEST_GUILESS_MAIN(TestTenantReading)
#include "TestTenantReading.moc"
