// motcua-seed: fills a MotCua database with N realistic dossiers for benchmarks.
//   motcua-seed --data-dir DIR | --database CONNINFO  --count N [--codes FILE] [--seed S]
//               [--agency ID] [--days D] [--open-days O]
// --agency: only that agency's procedures (one agency's long history, for the first-sync
// benchmark); --days: received over the last D days (default 365); --open-days: dossiers
// received more than O days ago are carried through their whole process to the return of the
// result (history, deadlines and all, as the workflow engine makes them), younger ones are left
// in processing (default: all are left in processing).
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
#include "workflow/WorkflowEngine.h"

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
                 "FILE] [--seed S] [--agency ID] [--days D] [--open-days O]\n";
    return 2;
}

// Carries an accepted dossier through its process to the return of the result, one action an
// hour, with an actor who holds every role in the dossier's current unit: the dossier the real
// officers would have made (history, step deadlines, timeliness). Stops early if the process
// offers no way on (then it stays where it is).
Dossier finish(const WorkflowEngine& engine, Dossier d)
{
    const QList<WorkflowAction> order{WorkflowAction::ReturnResult, WorkflowAction::MarkResultReady,
                                      WorkflowAction::Approve, WorkflowAction::Forward};
    QDateTime at = d.receivedAt;
    for (int step = 0; step < 16 && d.status != DossierStatus::Returned; ++step) {
        at = at.addSecs(3600);
        const Actor officer{d.assignee.isEmpty() ? QStringLiteral("seed-officer") : d.assignee,
                            {Role::Receptionist, Role::Specialist, Role::Leader},
                            d.currentUnit};
        bool moved = false;
        for (WorkflowAction action : order) {
            if (!engine.permitted(d, officer, action, at))
                continue;
            ActionRequest r;
            r.action = action;
            r.at = at;
            r.comment = QStringLiteral("Đã xử lý");
            if (action == WorkflowAction::ReturnResult) {
                r.recipient = d.owner;
                r.feeReceiptNumber = QStringLiteral("BL-%1").arg(step);
            }
            auto next = engine.apply(d, officer, r);
            if (next) {
                d = std::move(next).value();
                moved = true;
                break;
            }
        }
        if (!moved)
            break;
    }
    return d;
}

} // namespace

int main(int argc, char** argv)
{
    std::string dataDir, conninfo, codesFile, agency;
    long count = 0, days = 365, openDays = -1;
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
        else if (k == "--agency")
            agency = v;
        else if (k == "--days")
            days = std::stol(v);
        else if (k == "--open-days")
            openDays = std::stol(v);
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
    auto procedures = catalogue.procedures(vntime::civilDate(vntime::now()));
    if (!agency.empty())
        std::erase_if(procedures,
                      [&](const Procedure& p) { return p.agencyId.toStdString() != agency; });
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
                // Working hours of a random day of the period.
                const int daysAgo = int(rng.bounded(quint32(days)));
                const QDateTime at = vntime::fromCivil(now.date().addDays(-daysAgo),
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
                if (openDays >= 0 && daysAgo > openDays)
                    d = finish(*engine, *d); // each action one version more
                dossiers.insert(s, *d, p.fieldCode);
                journal.record(s, {"seed", "dossier.accept", "dossier", d->code.toStdString(), 0,
                                   d->version, "seed", d->agencyId.toStdString()});
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
