#include "PgTestDatabase.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <QTemporaryDir>
#include <QtTest>

using namespace motcua::server;
using namespace Poco::Data::Keywords;

namespace {

// One database of the requested backend, fresh for each test.
struct TestDb {
    QTemporaryDir dir;
    std::unique_ptr<motcua::test::PgTestDatabase> pg;
    std::unique_ptr<Database> db;

    explicit TestDb(const QString& kind)
    {
        Database::Options o;
        if (kind == QLatin1String("postgres")) {
            pg = std::make_unique<motcua::test::PgTestDatabase>();
            if (pg->connectionString().empty())
                qFatal("%s", pg->error().c_str());
            o.connectionString = pg->connectionString();
        } else {
            o.sqlitePath = (dir.path() + QStringLiteral("/motcua.db")).toStdString();
        }
        db = std::make_unique<Database>(o);
    }
};

} // namespace

class TstDatabase : public QObject {
    Q_OBJECT
private slots:
    void backends_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void migratesOnceAndIsIdempotent_data() { backends_data(); }
    void migratesOnceAndIsIdempotent()
    {
        QFETCH(QString, kind);
        TestDb b(kind);
        const int latest = Migrations::steps().back().version;
        QCOMPARE(Migrations::migrate(*b.db), latest);
        QCOMPARE(Migrations::migrate(*b.db), latest); // a restart changes nothing
        int tables = b.db->read([&](Poco::Data::Session& s) {
            int n = 0;
            s << "SELECT COUNT(*) FROM schema_migrations", into(n), now;
            return n;
        });
        QCOMPARE(tables, int(Migrations::steps().size()));
    }

    void aFailedTransactionLeavesNothing_data() { backends_data(); }
    void aFailedTransactionLeavesNothing()
    {
        QFETCH(QString, kind);
        TestDb b(kind);
        Migrations::migrate(*b.db);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, b.db->write([&](Poco::Data::Session& s) {
            s << b.db->sql("INSERT INTO fields (code, doc) VALUES (?, ?)"),
                bind(std::string("G09-TP02")), bind(std::string("{}")), now;
            throw std::runtime_error("handler failed after the first write");
        }));
        const int rows = b.db->read([&](Poco::Data::Session& s) {
            int n = -1;
            s << "SELECT COUNT(*) FROM fields", into(n), now;
            return n;
        });
        QCOMPARE(rows, 0);
    }

    void concurrentWritersNeverLoseAnUpdate_data() { backends_data(); }
    void concurrentWritersNeverLoseAnUpdate()
    {
        // Read-modify-write from several threads at once: every increment must survive.
        QFETCH(QString, kind);
        TestDb b(kind);
        Migrations::migrate(*b.db);
        b.db->write([&](Poco::Data::Session& s) {
            s << b.db->sql(
                "INSERT INTO dossier_sequences (agency_id, day, last_value) VALUES (?, ?, 0)"),
                bind(std::string("000.00.53.H48")), bind(std::string("2026-11-23")), now;
        });
        constexpr int kThreads = 6, kEach = 40;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < kEach; ++i) {
                    try {
                        b.db->write([&](Poco::Data::Session& s) {
                            int v = 0;
                            const std::string lock = b.db->isPostgres() ? " FOR UPDATE" : "";
                            s << b.db->sql("SELECT last_value FROM dossier_sequences WHERE "
                                           "agency_id = ? AND day = ?" +
                                           lock),
                                into(v), bind(std::string("000.00.53.H48")),
                                bind(std::string("2026-11-23")), now;
                            s << b.db->sql("UPDATE dossier_sequences SET last_value = ? WHERE "
                                           "agency_id = ? AND day = ?"),
                                bind(v + 1), bind(std::string("000.00.53.H48")),
                                bind(std::string("2026-11-23")), now;
                        });
                    } catch (const std::exception& e) {
                        qWarning("write failed: %s", e.what());
                        ++failures;
                    }
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        const int value = b.db->read([&](Poco::Data::Session& s) {
            int v = 0;
            s << "SELECT last_value FROM dossier_sequences", into(v), now;
            return v;
        });
        QCOMPARE(value, kThreads * kEach);
    }

    void placeholdersFollowTheBackend()
    {
        TestDb b(QStringLiteral("sqlite"));
        QCOMPARE(QString::fromStdString(b.db->sql("SELECT a FROM t WHERE x = ? AND y = ?")),
                 QStringLiteral("SELECT a FROM t WHERE x = ? AND y = ?"));
        TestDb p(QStringLiteral("postgres"));
        QCOMPARE(QString::fromStdString(p.db->sql("SELECT a FROM t WHERE x = ? AND y = ?")),
                 QStringLiteral("SELECT a FROM t WHERE x = $1 AND y = $2"));
    }

    void sqliteUsesWal()
    {
        TestDb b(QStringLiteral("sqlite"));
        const std::string mode = b.db->read([&](Poco::Data::Session& s) {
            std::string m;
            s << "PRAGMA journal_mode", into(m), now;
            return m;
        });
        QCOMPARE(QString::fromStdString(mode), QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
