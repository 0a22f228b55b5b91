// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/net/StepRetry.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace im {

class ApiCall;
class ApiClient;

// Reads every indicator the client can see through List, page by page (shared/spec §3.2), optionally
// narrowed by an OData $filter. When a page carries @odata.nextLink, that link is the next page (a
// service that caps its pages below $top says so this way); without one, pages go on by $top and
// $skip: a full page may have more behind it, a short one is the last. A page that repeats the one
// before (a service or proxy ignoring $skip or the link) ends the read with an error. Transient failures retry the page as the import engine does; the List rate limit is kept by
// the client's limiter. The one place that pages List: the preview, the tenant view and the CLI use it.
class IndicatorPager : public QObject
{
    Q_OBJECT

public:
    explicit IndicatorPager(ApiClient *client, QObject *parent = nullptr);
    ~IndicatorPager() override;

    void setPageSize(int top); // 1..10,000 (the service's largest $top)
    [[nodiscard]] int pageSize() const { return m_top; }

    // Starts reading; ignored while running. finished() follows, from the event loop, exactly once.
    void start(const QString &filter = QString());
    // Stops at once, also from a pageRead() handler: no further call is sent, and finished() reports
    // a Cancelled error.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] int itemsRead() const { return m_skip; }
    [[nodiscard]] int pagesRead() const { return m_pages; }

Q_SIGNALS:
    void pageRead(const QJsonArray &items);
    void finished();

private:
    void requestPage();
    void requestNext(const QJsonValue &nextLink);
    void onPage();
    void finish(const ApiError &error);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QString m_filter;
    QUrl m_nextLink; // the page to read next when the service linked it; empty: $top and $skip
    QString m_previousFirstId;
    ApiError m_error;
    int m_top;
    int m_skip = 0;
    int m_pages = 0;
    StepRetry m_retry{[this] { requestPage(); }};
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace im
