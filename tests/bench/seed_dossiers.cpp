// motcua-seed: fills a MotCua database with N realistic dossiers for benchmarks.
//   motcua-seed --data-dir DIR | --database CONNINFO  --count N [--codes FILE] [--seed S]
// Dossiers are built exactly as intake builds them (common/'s workflow engine accepts them),
// spread over the past year, with Vietnamese names, and written in batches through the server's
// own storage layer (dossier rows, change feed and audit chain). The demo catalogue must be
// loaded first (start motcua-server once with --demo). --codes writes every code, one per line,
// for the load generator.

#include "context/CalendarProvider.h"
#include "core/VnTime.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseSequenceAllocator.h"
#include "storage/DossierRepository.h"
#include "storage/Journal.h"
#include "storage/Migrations.h"
#include "storage/SettingsRepository.h"
#include "workflow/IntakeBuilder.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include <QRandomGenerator>

#include <Poco/Crypto/Crypto.h>

using namespace motcua;
using namespace motcua::server;

namespace {

const char* kFamily[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Huỳnh", "Phan",  "Vũ",
                         "Võ",     "Đặng", "Bùi", "Đỗ",   "Hồ",    "Ngô",   "Dương", "Lý"};
const char* kMiddle[] = {"Văn",  "Thị",   "Hữu", "Đức",  "Minh", "Thanh",
                         "Ngọc", "Quang", "Thu", "Xuân", "Gia",  "Bảo"};
const char* kGiven[] = {"An",   "Bình",  "Chi",   "Dũng",  "Giang", "Hà",   "Hải",  "Hạnh",
                        "Hùng", "Hương", "Khánh", "Lan",   "Linh",  "Long", "Mai",  "Nam",
                        "Nga",  "Phúc",  "Quân",  "Quỳnh", "Sơn",   "Tâm",  "Thảo", "Trang",
                        "Tuấn", "Vy",    "Yến",   "Ánh",   "Đạt",   "Ơn"};

template <std::size_t N> const char* pick(QRandomGenerator& rng, const char* (&list)[N])
{
    return list[rng.bounded(int(N))];
}

int usage()
{
    std::cerr << "usage: motcua-seed (--data-dir DIR | --database CONNINFO) --count N [--codes "
                 "FILE] [--seed S]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string dataDir, conninfo, codesFile;
    long count = 0;
    quint32 seed = 20261122;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--data-dir")
            dataDir = v;
        else if (k == "--database")
            conninfo = v;
        else if (k == "--count")
            count = std::stol(v);
        else if (k == "--codes")
            codesFile = v;
        else if (k == "--seed")
            seed = quint32(std::stoul(v));
        else
            return usage();
    }
    if ((dataDir.empty() && conninfo.empty()) || count <= 0)
        return usage();

    Poco::Crypto::initializeCrypto(); // see ServerApp::initialize
    Database::Options o;
    o.connectionString = conninfo;
    o.sqlitePath = dataDir + "/motcua.db";
    Database db(o);
    Migrations::migrate(db);
    CatalogueRepository catalogue(db);
    DossierRepository dossiers(db);
    SettingsRepository settings(db);
    Journal journal(db);
    CalendarProvider calendars(settings);
    const auto engine = calendars.current().engine;
    const auto procedures = catalogue.procedures();
    if (procedures.empty()) {
        std::cerr << "motcua-seed: no procedures; start motcua-server once with --demo first\n";
        return 1;
    }
    std::ofstream codes;
    if (!codesFile.empty())
        codes.open(codesFile);

    QRandomGenerator rng(seed);
    const QDateTime now = vntime::now();
    const Actor clerk{
        QStringLiteral("demo-reception"), {Role::Receptionist}, QStringLiteral("Bộ phận Một cửa")};
    const auto started = std::chrono::steady_clock::now();
    constexpr long kBatch = 2000;
    long done = 0;
    while (done < count) {
        const long n = std::min(kBatch, count - done);
        db.write([&](Poco::Data::Session& s) {
            DatabaseSequenceAllocator sequences(db, s);
            for (long i = 0; i < n; ++i) {
                const Procedure& p = procedures[std::size_t(rng.bounded(int(procedures.size())))];
                IntakeRequest r;
                r.procedureCode = p.nationalCode;
                r.owner.fullName = QString::fromUtf8(pick(rng, kFamily)) + u' ' +
                                   QString::fromUtf8(pick(rng, kMiddle)) + u' ' +
                                   QString::fromUtf8(pick(rng, kGiven));
                r.owner.idNumber =
                    QStringLiteral("0011%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
                r.owner.phone =
                    QStringLiteral("09%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
                r.owner.address = QStringLiteral("Số %1 đường Trần Phú, phường Xuân Hương - Đà Lạt")
                                      .arg(rng.bounded(300));
                for (const auto& c : p.components)
                    r.components.append(IntakeComponent{
                        c.id, c.originals ? c.originals : 1, c.certifiedCopies, c.photocopies, {}});
                // Working hours of a random day of the past year.
                const QDateTime at = vntime::fromCivil(now.date().addDays(-rng.bounded(365)),
                                                       QTime(8 + rng.bounded(8), rng.bounded(60)));
                auto code = sequences.nextCode(p.agencyId, vntime::civilDate(at));
                if (!code)
                    throw std::runtime_error(code.error().message.toStdString());
                ActionRequest accept;
                accept.action = WorkflowAction::Accept;
                accept.at = at;
                auto d = engine->apply(IntakeBuilder::build(r, p, p.agencyId, code->toString()),
                                       clerk, accept);
                if (!d)
                    throw std::runtime_error(d.error().message.toStdString());
                d->version = 1;
                dossiers.insert(s, *d, p.fieldCode);
                journal.record(s, {"seed", "dossier.accept", "dossier", d->code.toStdString(), 0, 1,
                                   "seed", d->agencyId.toStdString()});
                if (codes.is_open())
                    codes << d->code.toStdString() << '\n';
            }
        });
        done += n;
        if (done % 20000 == 0 || done == count)
            std::cerr << "motcua-seed: " << done << " / " << count << "\n";
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("seeded %ld dossiers in %.1f s (%.0f/s)\n", count, seconds,
                double(count) / seconds);
    return 0;
}
