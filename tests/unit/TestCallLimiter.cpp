// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ApiError.h"
#include "core/net/CallLimiter.h"
#include "core/net/RetryPolicy.h"

#include <QtTest>

using namespace im;

class TestCallLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstsTheAllowanceThenWaitsForTheOldestCall();
    void runningCallsHoldTheirSlots();
    void callsAreDatedWhenTheyEnd();
    void retryAfterBlocksEveryCall();
    void timeScaleShrinksTheWindows();
    void hourlyWindowCountsToo();
    void backoffGrowsWithJitterAndACap();
};

void TestCallLimiter::burstsTheAllowanceThenWaitsForTheOldestCall()
{
    CallLimiter limiter({{30, 60000}});
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(limiter.delayMs(i), qint64(0));
        limiter.finishCall(limiter.startCall(i), i);
    }
    // The first call ended at 0: its slot frees at 60,000 (+ the safety margin).
    QCOMPARE(limiter.delayMs(30), qint64(60000 + 5 - 30));
    QCOMPARE(limiter.delayMs(60005), qint64(0));
    limiter.finishCall(limiter.startCall(60005), 60005);
    QCOMPARE(limiter.delayMs(60005), qint64(1)); // the second call's slot is next
}

void TestCallLimiter::runningCallsHoldTheirSlots()
{
    CallLimiter limiter({{2, 1000}});
    limiter.startCall(0);
    limiter.startCall(0);
    QCOMPARE(limiter.delayMs(10), qint64(-1)); // nothing to compute until one ends
    QCOMPARE(limiter.callsInFlight(), 2);
}

void TestCallLimiter::callsAreDatedWhenTheyEnd()
{
    // A slow call counts from when its reply arrived: the service may have dated it that late.
    CallLimiter limiter({{1, 1000}});
    const quint64 ticket = limiter.startCall(0);
    limiter.finishCall(ticket, 700);
    QCOMPARE(limiter.delayMs(700), qint64(1005));
}

void TestCallLimiter::retryAfterBlocksEveryCall()
{
    CallLimiter limiter({{30, 60000}});
    limiter.blockUntil(2500);
    QCOMPARE(limiter.delayMs(1000), qint64(1500));
    QCOMPARE(limiter.delayMs(2500), qint64(0));
}

void TestCallLimiter::timeScaleShrinksTheWindows()
{
    CallLimiter limiter({{1, 60000}});
    limiter.setTimeScale(60);
    QCOMPARE(limiter.windows().front().lengthMs, qint64(1000));
    limiter.finishCall(limiter.startCall(0), 0);
    QCOMPARE(limiter.delayMs(0), qint64(1005));
}

void TestCallLimiter::hourlyWindowCountsToo()
{
    CallLimiter limiter(documentedRateWindows(ApiEndpoint::BatchDelete)); // 30/min and 1,500/h
    qint64 now = 0;
    for (int i = 0; i < 1500; ++i) {
        now += limiter.delayMs(now);
        limiter.finishCall(limiter.startCall(now), now);
    }
    // 1,500 calls took 49 full minutes; the 1,501st waits for the first to leave the hour.
    QCOMPARE(now, qint64(49) * 60005);
    QCOMPARE(now + limiter.delayMs(now), qint64(3600000 + 5));
}

void TestCallLimiter::backoffGrowsWithJitterAndACap()
{
    RetryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 8000;
    for (int round = 0; round < 50; ++round) {
        const qint64 first = policy.delayMs(1);
        QVERIFY(first >= 500 && first <= 1000);
        const qint64 third = policy.delayMs(3);
        QVERIFY(third >= 2000 && third <= 4000);
        const qint64 capped = policy.delayMs(10);
        QVERIFY(capped >= 4000 && capped <= 8000);
    }
    QVERIFY(policy.shouldRetry(ApiError(ApiError::Kind::ServerError, ApiError::Stage::Api), 1));
    QVERIFY(!policy.shouldRetry(ApiError(ApiError::Kind::ServerError, ApiError::Stage::Api), policy.maxAttempts));
    QVERIFY(!policy.shouldRetry(ApiError(ApiError::Kind::Forbidden, ApiError::Stage::Api), 1));
}

QTEST_GUILESS_MAIN(TestCallLimiter)
#include "TestCallLimiter.moc"
