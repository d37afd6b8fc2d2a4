#include "http/Router.h"

#include <stdexcept>

#include <QtTest>

using motcua::Role;
using motcua::server::Access;
using motcua::server::RequestContext;
using motcua::server::Router;

// Default deny: a route is public only when its registration says so, and one registered without
// a rule of who may call it stops the server at startup. (Who gets through on a running server is
// tst_authorisation's matrix.)
class TstRouter : public QObject {
    Q_OBJECT
private slots:
    void aRouteWithoutARuleIsAStartupError()
    {
        Router router;
        const auto handler = [](RequestContext&) {
        };
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 router.add("GET", "/api/v1/things", Access(), handler));
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 router.add("GET", "/api/v1/things", Access::roles({}), handler));
        QVERIFY(router.routes().empty());
    }

    void rulesAreKeptWithTheirRoutes()
    {
        Router router;
        const auto handler = [](RequestContext&) {
        };
        router.add("GET", "/api/v1/health", Access::anyone(), handler);
        router.add("GET", "/api/v1/things", Access::staff(), handler);
        router.add("PUT", "/api/v1/things", Access::roles({Role::Administrator}), handler);
        QCOMPARE(router.routes().size(), std::size_t(3));
        QVERIFY(router.routes()[0].access.isPublic());
        QVERIFY(!router.routes()[1].access.isPublic());
        QCOMPARE(router.routes()[2].access.roleList(), std::vector<Role>{Role::Administrator});
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 router.add("GET", "/api/v1/things", Access::anyone(), handler));
    }
};

QTEST_GUILESS_MAIN(TstRouter)
#include "tst_router.moc"
