#include "http/TrustedProxies.h"

#include <QtTest>

#include <Poco/Exception.h>

using motcua::server::TrustedProxies;
using Poco::Net::IPAddress;

class TstTrustedProxies : public QObject {
    Q_OBJECT
private slots:
    void withoutProxiesThePeerIsTheClient()
    {
        const TrustedProxies none;
        QCOMPARE(none.client(IPAddress("203.0.113.7"), {"198.51.100.1"}),
                 std::string("203.0.113.7"));
    }

    void forwardedForIsBelievedFromTrustedProxiesOnly()
    {
        const TrustedProxies proxies("127.0.0.1, 10.0.0.0/8");
        // A client talking to us directly cannot choose its address by writing the header.
        QCOMPARE(proxies.client(IPAddress("203.0.113.7"), {"198.51.100.1"}),
                 std::string("203.0.113.7"));
        // Through nginx on this machine: the address nginx appended.
        QCOMPARE(proxies.client(IPAddress("127.0.0.1"), {"203.0.113.7"}),
                 std::string("203.0.113.7"));
        // The client's own forged entry sits left of it and is ignored.
        QCOMPARE(proxies.client(IPAddress("127.0.0.1"), {"1.2.3.4, 203.0.113.7"}),
                 std::string("203.0.113.7"));
        // Two proxies of ours (10.x then 127.0.0.1), headers split over two lines.
        QCOMPARE(proxies.client(IPAddress("127.0.0.1"), {"1.2.3.4, 203.0.113.7", "10.1.2.3"}),
                 std::string("203.0.113.7"));
        // A proxy of ours that sent no header: the proxy is the client we see.
        QCOMPARE(proxies.client(IPAddress("127.0.0.1"), {}), std::string("127.0.0.1"));
        // Garbage where an address should be: the last good hop.
        QCOMPARE(proxies.client(IPAddress("127.0.0.1"), {"not-an-address"}),
                 std::string("127.0.0.1"));
        // Dual-stack peers appear as IPv4-mapped IPv6.
        QCOMPARE(proxies.client(IPAddress("::ffff:127.0.0.1"), {"203.0.113.9"}),
                 std::string("203.0.113.9"));
    }

    void rangesAndIpv6()
    {
        const TrustedProxies proxies("192.168.1.0/24,::1,fd00::/8");
        QVERIFY(proxies.trusts(IPAddress("192.168.1.200")));
        QVERIFY(!proxies.trusts(IPAddress("192.168.2.1")));
        QVERIFY(proxies.trusts(IPAddress("::1")));
        QVERIFY(proxies.trusts(IPAddress("fd12::5")));
        QVERIFY(!proxies.trusts(IPAddress("fe80::1")));
        QCOMPARE(proxies.client(IPAddress("::1"), {"2001:db8::7"}), std::string("2001:db8::7"));
    }

    void aBadListIsAStartupError()
    {
        QVERIFY_THROWS_EXCEPTION(Poco::InvalidArgumentException, TrustedProxies("localhost"));
        QVERIFY_THROWS_EXCEPTION(Poco::InvalidArgumentException, TrustedProxies("10.0.0.0/33"));
        QVERIFY_THROWS_EXCEPTION(Poco::InvalidArgumentException, TrustedProxies("10.0.0.0/x"));
        QVERIFY(TrustedProxies("").empty());
    }
};

QTEST_GUILESS_MAIN(TstTrustedProxies)
#include "tst_trustedproxies.moc"
