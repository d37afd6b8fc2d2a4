#include "auth/LoginThrottle.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <QtTest>

using motcua::server::LoginThrottle;
using namespace std::chrono_literals;

class TstLoginThrottle : public QObject {
    Q_OBJECT

    // A fixed clock the tests move by hand: no sleeps, no dependence on the machine's speed.
    LoginThrottle::TimePoint m_now = LoginThrottle::TimePoint(1000h);
    LoginThrottle::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }
    LoginThrottle make(LoginThrottle::Settings settings = {})
    {
        return LoginThrottle(settings, clock());
    }

    static void failTimes(LoginThrottle& t, int n, const std::string& user, const std::string& ip)
    {
        for (int i = 0; i < n; ++i)
            t.recordFailure(user, ip);
    }

private slots:
    void init() { m_now = LoginThrottle::TimePoint(1000h); }

    void lockoutAfterFiveFailures()
    {
        LoginThrottle t = make();
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(t.recordFailure("an", "10.0.0.1"), 0s);
            QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
        }
        QCOMPARE(t.recordFailure("an", "10.0.0.1"), 30s);
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 30s);
        // The username is locked wherever the attempt comes from; other users are not.
        QCOMPARE(t.retryAfter("an", "192.0.2.7"), 30s);
        QCOMPARE(t.retryAfter("AN", "192.0.2.7"), 30s);
        QCOMPARE(t.retryAfter("binh", "10.0.0.1"), 0s);
        // Counts down, rounded up to whole seconds.
        m_now += 10s + 1ms;
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 20s);
        m_now += 19s;
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 1s);
        m_now += 999ms;
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
    }

    void failuresOutsideWindowDoNotAccumulate()
    {
        LoginThrottle t = make();
        failTimes(t, 4, "an", "10.0.0.1");
        m_now += 15min; // the window has passed: the four are forgotten
        failTimes(t, 4, "an", "10.0.0.1");
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
        QCOMPARE(t.recordFailure("an", "10.0.0.1"), 30s);
    }

    void lockoutGrowsExponentially()
    {
        LoginThrottle t = make();
        const std::chrono::seconds expected[] = {30s, 60s, 120s, 240s, 480s, 900s, 900s, 900s};
        for (const auto lockout : expected) {
            failTimes(t, 4, "an", "10.0.0.1");
            QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
            QCOMPARE(t.recordFailure("an", "10.0.0.1"), lockout);
            QCOMPARE(t.retryAfter("an", "10.0.0.1"), lockout);
            m_now += lockout;
            QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
        }
    }

    void failuresDuringLockoutDoNotExtendIt()
    {
        LoginThrottle t = make();
        failTimes(t, 5, "an", "10.0.0.1");
        m_now += 5s;
        // Requests that passed the check just before the lockout report late.
        QCOMPARE(t.recordFailure("an", "10.0.0.1"), 0s);
        QCOMPARE(t.recordFailure("an", "10.0.0.1"), 0s);
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 25s);
        m_now += 25s;
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
        // ... and they did not count towards the next lockout either.
        failTimes(t, 4, "an", "10.0.0.1");
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
    }

    void levelForgottenAfterQuietPeriod()
    {
        LoginThrottle t = make();
        failTimes(t, 5, "an", "10.0.0.1"); // 30 s
        m_now += 30s;
        failTimes(t, 5, "an", "10.0.0.1"); // 60 s
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 60s);
        // Quiet for the window after the lockout ended: back to the first level.
        m_now += 60s + 15min;
        failTimes(t, 4, "an", "10.0.0.1");
        QCOMPARE(t.recordFailure("an", "10.0.0.1"), 30s);
    }

    void successResetsUsername()
    {
        LoginThrottle t = make();
        failTimes(t, 5, "an", "10.0.0.1");
        m_now += 30s;
        failTimes(t, 4, "an", "10.0.0.1");
        t.recordSuccess("An", "10.0.0.1");
        // Counter and level both cleared: four more failures lock nothing, the fifth locks for
        // the first-level 30 s again rather than 60 s.
        failTimes(t, 4, "an", "10.0.0.1");
        QCOMPARE(t.retryAfter("an", "10.0.0.1"), 0s);
        QCOMPARE(t.recordFailure("an", "10.0.0.1"), 30s);
    }

    void perAddressLimitIndependentOfUsernames()
    {
        LoginThrottle t = make();
        // Password spraying: one failure each for twenty different users from one address.
        for (int i = 0; i < 19; ++i)
            QCOMPARE(t.recordFailure("user" + std::to_string(i), "203.0.113.5"), 0s);
        QCOMPARE(t.retryAfter("someone-new", "203.0.113.5"), 0s);
        QCOMPARE(t.recordFailure("user19", "203.0.113.5"), 30s);
        // The address is locked for everyone, including users with no failures at all ...
        QCOMPARE(t.retryAfter("someone-new", "203.0.113.5"), 30s);
        // ... while the same users from elsewhere are fine (one failure each).
        QCOMPARE(t.retryAfter("user3", "198.51.100.9"), 0s);
        // A success from the address does not clear the address.
        t.recordSuccess("user3", "203.0.113.5");
        QCOMPARE(t.retryAfter("user3", "203.0.113.5"), 30s);
        QCOMPARE(t.trackedAddresses(), std::size_t(1));
    }

    void perUserLimitAcrossAddresses()
    {
        LoginThrottle t = make();
        for (int i = 0; i < 4; ++i)
            t.recordFailure("an", "10.0.0." + std::to_string(i));
        QCOMPARE(t.recordFailure("an", "10.0.0.99"), 30s);
        QCOMPARE(t.retryAfter("an", "10.9.9.9"), 30s);
        QCOMPARE(t.retryAfter("binh", "10.0.0.1"), 0s);
    }

    void longerOfTheTwoLockouts()
    {
        LoginThrottle::Settings s;
        s.maxFailuresPerAddress = 5;
        LoginThrottle t = make(s);
        failTimes(t, 5, "an", "10.0.0.1"); // both locked 30 s
        m_now += 30s;
        failTimes(t, 5, "binh", "10.0.0.1"); // address level 2: 60 s; binh 30 s
        QCOMPARE(t.retryAfter("binh", "10.0.0.2"), 30s);
        QCOMPARE(t.retryAfter("binh", "10.0.0.1"), 60s);
    }

    void addressKeys()
    {
        QCOMPARE(LoginThrottle::addressKey("192.0.2.1"), std::string("192.0.2.1"));
        QCOMPARE(LoginThrottle::addressKey("::ffff:192.0.2.1"), std::string("192.0.2.1"));
        // One /64 is one client.
        QCOMPARE(LoginThrottle::addressKey("2001:db8:0:1::1"),
                 LoginThrottle::addressKey("2001:db8:0:1:ffff:ffff:ffff:ffff"));
        QCOMPARE(LoginThrottle::addressKey("2001:db8:0:1::1"), std::string("2001:db8:0:1::/64"));
        QVERIFY(LoginThrottle::addressKey("2001:db8:0:1::1") !=
                LoginThrottle::addressKey("2001:db8:0:2::1"));
        QCOMPARE(LoginThrottle::addressKey("not an address"), std::string("not an address"));
        QCOMPARE(LoginThrottle::userKey("Nguyen.Van.AN"), std::string("nguyen.van.an"));

        LoginThrottle t = make();
        for (int i = 0; i < 20; ++i)
            t.recordFailure("u" + std::to_string(i), "2001:db8:0:1::" + std::to_string(i + 1));
        QCOMPARE(t.retryAfter("x", "2001:db8:0:1::abcd"), 30s);
        QCOMPARE(t.retryAfter("x", "2001:db8:0:2::1"), 0s);
    }

    void pruning()
    {
        LoginThrottle::Settings s;
        s.maxEntries = 100;
        LoginThrottle t = make(s);
        failTimes(t, 5, "victim", "10.0.0.1"); // locked
        QCOMPARE(t.retryAfter("victim", "10.1.1.1"), 30s);
        // A flood of distinct usernames and addresses stays within the bound ...
        for (int i = 0; i < 1000; ++i)
            t.recordFailure("flood" + std::to_string(i),
                            "10.2." + std::to_string(i / 256) + "." + std::to_string(i % 256));
        QVERIFY(t.trackedUsers() <= 100);
        QVERIFY(t.trackedAddresses() <= 100);
        // ... and does not evict a live lockout (unlocked entries go first).
        QCOMPARE(t.retryAfter("victim", "10.1.1.1"), 30s);

        // Quiet entries are forgotten once their window and lockout are over.
        m_now += 30s + 15min;
        t.prune();
        QCOMPARE(t.trackedUsers(), std::size_t(0));
        QCOMPARE(t.trackedAddresses(), std::size_t(0));
    }

    void pruningKeepsRecentEntries()
    {
        LoginThrottle t = make();
        failTimes(t, 2, "old", "10.0.0.1");
        m_now += 10min;
        failTimes(t, 2, "recent", "10.0.0.2");
        m_now += 6min; // "old" quiet for 16 min, "recent" for 6
        t.prune();
        QCOMPARE(t.trackedUsers(), std::size_t(1));
        QCOMPARE(t.trackedAddresses(), std::size_t(1));
        // "recent" still has its two failures: three more lock it.
        failTimes(t, 2, "recent", "10.0.0.3");
        QCOMPARE(t.recordFailure("recent", "10.0.0.4"), 30s);
    }

    void concurrentUse()
    {
        LoginThrottle::Settings s;
        s.maxEntries = 100000;
        LoginThrottle t = make(s);
        constexpr int kThreads = 8;
        constexpr int kUsersPerThread = 200;
        std::atomic<int> lockoutsStarted{0};
        std::vector<std::thread> threads;
        for (int n = 0; n < kThreads; ++n) {
            threads.emplace_back([&, n] {
                for (int u = 0; u < kUsersPerThread; ++u) {
                    const std::string user = "t" + std::to_string(n) + "-u" + std::to_string(u);
                    const std::string ip = "10.1." + std::to_string(n) + "." + std::to_string(u);
                    for (int k = 0; k < 5; ++k) {
                        if (t.recordFailure(user, ip) > 0s)
                            ++lockoutsStarted;
                        (void)t.retryAfter(user, ip);
                    }
                    // Every thread also hammers one shared username from its own address.
                    if (t.recordFailure("shared", "172.16.0." + std::to_string(n)) > 0s)
                        ++lockoutsStarted;
                    (void)t.retryAfter("shared", "172.16.0.1");
                }
            });
        }
        for (auto& th : threads)
            th.join();
        // Each private user locked exactly once; "shared" exactly once (the fixed clock means
        // its later failures all fall inside the first lockout); each 172.16.0.n address saw 200
        // failures: locked once at its 20th, the rest inside the lockout.
        QCOMPARE(lockoutsStarted.load(), kThreads * kUsersPerThread + 1 + kThreads);
        QCOMPARE(t.trackedUsers(), std::size_t(kThreads * kUsersPerThread + 1));
        QCOMPARE(t.trackedAddresses(), std::size_t(kThreads * kUsersPerThread + kThreads));
        QCOMPARE(t.retryAfter("shared", "192.0.2.1"), 30s);
        QCOMPARE(t.retryAfter("t3-u7", "192.0.2.1"), 30s);
        QCOMPARE(t.retryAfter("nobody", "172.16.0.5"), 30s);
    }
};

QTEST_GUILESS_MAIN(TstLoginThrottle)
#include "tst_loginthrottle.moc"
