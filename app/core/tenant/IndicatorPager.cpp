// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tenant/IndicatorPager.h"

#include "core/indicator/ServiceLimits.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"

#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace im {

IndicatorPager::IndicatorPager(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_top(limits::kMaxListTop)
{
}

IndicatorPager::~IndicatorPager()
{
    delete m_call.data();
}

void IndicatorPager::setPageSize(int top)
{
    m_top = std::clamp(top, 1, limits::kMaxListTop);
}

void IndicatorPager::start(const QString &filter)
{
    if (m_running)
        return;
    m_running = true;
    m_filter = filter;
    m_error = ApiError();
    m_skip = 0;
    m_pages = 0;
    m_previousFirstId.clear();
    m_nextLink.clear();
    m_cancelled = false;
    m_retry.stop();
    requestPage();
}

void IndicatorPager::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_retry.stop();
    if (m_call) {
        m_call->cancel(); // finishes through onPage() with a Cancelled error
        return;
    }
    // Waiting to retry, or inside a pageRead() handler: like a call's cancel, finish from the event
    // loop, never inside the caller's cancel().
    QTimer::singleShot(0, this, [this] { finish(ApiError(ApiError::Kind::Cancelled, ApiError::Stage::Api)); });
}

void IndicatorPager::requestPage()
{
    m_call = m_nextLink.isEmpty() ? m_client->listIndicators(m_top, m_skip, m_filter)
                                  : m_client->listIndicatorsAt(m_nextLink);
    if (!m_call) { // checked in requestNext(); kept for a client whose settings changed meanwhile
        ApiError error(ApiError::Kind::MalformedReply, ApiError::Stage::Api);
        error.host = m_client->settings().apiUrl.host();
        error.detail = tr("the service's link to the next page does not point at its own List address.");
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    connect(m_call, &ApiCall::finished, this, &IndicatorPager::onPage);
}

void IndicatorPager::onPage()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    const ApiResult result = call->result();
    call->deleteLater();
    if (m_cancelled) { // the reply may have been complete before the cancel reached it
        finish(ApiError(ApiError::Kind::Cancelled, ApiError::Stage::Api));
        return;
    }
    if (!result.ok()) {
        if (!m_retry.scheduleAfter(result.error))
            finish(result.error);
        return;
    }
    m_retry.succeeded();
    const QJsonValue value = result.json.value(QLatin1String("value"));
    if (!value.isArray()) {
        ApiError error(ApiError::Kind::MalformedReply, ApiError::Stage::Api);
        error.host = m_client->settings().apiUrl.host();
        error.detail = tr("the reply has no \"value\" list.");
        finish(error);
        return;
    }
    const QJsonArray items = value.toArray();
    // A service (or a proxy) that ignores $skip answers every page with the first one: reading on
    // would never end.
    const QString firstId =
        items.isEmpty() ? QString() : items.first().toObject().value(QLatin1String("id")).toString();
    if (m_pages > 0 && !firstId.isEmpty() && firstId == m_previousFirstId) {
        ApiError error(ApiError::Kind::MalformedReply, ApiError::Stage::Api);
        error.host = m_client->settings().apiUrl.host();
        error.detail = tr("the service sent the same page twice; it did not apply $skip.");
        finish(error);
        return;
    }
    m_previousFirstId = firstId;
    m_skip += static_cast<int>(items.size());
    ++m_pages;
    Q_EMIT pageRead(items);
    if (m_cancelled)
        return;
    const QJsonValue nextLink = result.json.value(QLatin1String("@odata.nextLink"));
    if (!nextLink.isUndefined() && !nextLink.isNull())
        return requestNext(nextLink);
    m_nextLink.clear();
    if (items.size() < m_top) {
        finish(ApiError());
        return;
    }
    requestPage();
}

void IndicatorPager::requestNext(const QJsonValue &nextLink)
{
    const QUrl link(nextLink.toString(), QUrl::StrictMode);
    ApiCall *probe = nullptr;
    if (nextLink.isString() && link.isValid() && link != m_nextLink) {
        m_nextLink = link;
        probe = m_client->listIndicatorsAt(link);
    }
    if (!probe) {
        ApiError error(ApiError::Kind::MalformedReply, ApiError::Stage::Api);
        error.host = m_client->settings().apiUrl.host();
        error.detail = nextLink.isString() && link == m_nextLink
                           ? tr("the service sent the same page twice; it did not move its next-page link on.")
                           : tr("the service's link to the next page does not point at its own List address.");
        finish(error);
        return;
    }
    m_call = probe;
    connect(m_call, &ApiCall::finished, this, &IndicatorPager::onPage);
}

void IndicatorPager::finish(const ApiError &error)
{
    m_error = error;
    m_running = false;
    Q_EMIT finished();
}

} // namespace im
