// Seeds a LocalStore with many dossiers of one agency (realistic Vietnamese names, phones, ID
// numbers, ~400 a working day) and measures what a reception clerk feels: the latency of each
// keystroke of search-as-you-type (median and 95th percentile), the register of one day, opening
// the store, and reading one dossier.

#include "SampleData.h"
#include "core/VnTime.h"
#include "core/store/LocalStore.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace motcua;
using namespace motcua::client;

namespace {

// Family names with roughly their share of the population; then middle and given names.
const QList<std::pair<const char*, int>> kFamilies{
    {"Nguyễn", 38}, {"Trần", 11}, {"Lê", 9},     {"Phạm", 7}, {"Hoàng", 5},
    {"Huỳnh", 4},   {"Phan", 4},  {"Vũ", 3},     {"Võ", 3},   {"Đặng", 2},
    {"Bùi", 2},     {"Đỗ", 2},    {"Hồ", 2},     {"Ngô", 2},  {"Dương", 1},
    {"Lý", 1},      {"Đinh", 1},  {"Trương", 1}, {"Lâm", 1},  {"Mai", 1}};
const char* const kMiddles[] = {"Văn", "Thị",  "Hữu",  "Đức",  "Minh", "Ngọc", "Thanh", "Quang",
                                "Thu", "Xuân", "Hoài", "Công", "Kim",  "Gia",  "Bảo",   "Thị Thu"};
const char* const kGivens[] = {
    "An",    "Anh",   "Bình", "Cường", "Dũng", "Duy",   "Hà",    "Hải",  "Hạnh",
    "Hiếu",  "Hòa",   "Hùng", "Hương", "Huy",  "Khánh", "Lan",   "Linh", "Long",
    "Mai",   "Minh",  "Nam",  "Nga",   "Ngọc", "Nhung", "Phong", "Phúc", "Phương",
    "Quân",  "Quang", "Sơn",  "Tâm",   "Thảo", "Thành", "Thủy",  "Tiến", "Trang",
    "Trung", "Tuấn",  "Tùng", "Vân",   "Việt", "Vy",    "Yến",   "Đạt",  "Ánh"};

QString randomName(QRandomGenerator& rng)
{
    int total = 0;
    for (const auto& f : kFamilies)
        total += f.second;
    int pick = int(rng.bounded(total));
    QString family;
    for (const auto& f : kFamilies) {
        if (pick < f.second) {
            family = QString::fromUtf8(f.first);
            break;
        }
        pick -= f.second;
    }
    return family + u' ' + QString::fromUtf8(kMiddles[rng.bounded(int(std::size(kMiddles)))]) +
           u' ' + QString::fromUtf8(kGivens[rng.bounded(int(std::size(kGivens)))]);
}

QString digits(QRandomGenerator& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + rng.bounded(10));
    return s;
}

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    if (ms.isEmpty())
        return s;
    s.median = ms.at(ms.size() / 2);
    s.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    s.max = ms.last();
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"count", "dossiers to seed (default 200000)", "N", "200000"});
    parser.addOption(
        {"file", "store file (default: a temporary one); reused if it exists", "PATH"});
    parser.addOption({"repeat", "runs of each keystroke sequence (default 20)", "R", "20"});
    parser.addOption({"limit", "rows a search returns (default 50)", "L", "50"});
    parser.process(app);
    const int count = parser.value("count").toInt();
    const int repeat = std::max(1, parser.value("repeat").toInt());
    const int limit = std::max(1, parser.value("limit").toInt());
    QTemporaryDir tmp;
    const QString path =
        parser.isSet("file") ? parser.value("file") : tmp.filePath("bench-store.sqlite");
    QTextStream out(stdout);

    const QString agency = QStringLiteral("000.00.71.H36");
    QStringList someCodes, somePhones, someIds;
    {
        auto opened = LocalStore::open(path);
        if (!opened) {
            out << "cannot open " << path << ": " << opened.error().message << "\n";
            return 1;
        }
        auto& store = **opened;
        const int existing = store.dossierCount();
        if (existing < count) {
            QRandomGenerator rng(20261120);
            const Dossier base = test::sampleDossier();
            // Working days back from today, ~400 dossiers each, newest last.
            const int perDay = 400;
            QDate day = vntime::civilDate(vntime::now());
            QList<QDate> days;
            while (days.size() * perDay < count) {
                if (day.dayOfWeek() <= 5)
                    days.prepend(day);
                day = day.addDays(-1);
            }
            QElapsedTimer seed;
            seed.start();
            QList<Dossier> batch;
            int n = 0;
            for (const QDate& d : std::as_const(days)) {
                for (int i = 1; i <= perDay && n < count; ++i, ++n) {
                    Dossier x = base;
                    x.code = QStringLiteral("%1-%2-%3")
                                 .arg(agency, d.toString(QStringLiteral("yyMMdd")))
                                 .arg(i, 4, 10, QChar(u'0'));
                    x.agencyId = agency;
                    x.owner.fullName = randomName(rng);
                    x.owner.idNumber =
                        QStringLiteral("0%1").arg(rng.bounded(1, 97), 2, 10, QChar(u'0')) +
                        QString::number(rng.bounded(4)) + digits(rng, 8);
                    x.owner.phone = QStringLiteral("09") + digits(rng, 8);
                    x.submitter = rng.bounded(4) == 0
                                      ? Person{randomName(rng),
                                               digits(rng, 12),
                                               {},
                                               QStringLiteral("03") + digits(rng, 8),
                                               {},
                                               {}}
                                      : x.owner;
                    x.representative = {};
                    x.receivedAt = vntime::fromCivil(d, QTime(7, 30).addSecs(i * 60));
                    x.appointmentAt = x.receivedAt.addDays(5);
                    batch.append(x);
                    if (n % 997 == 0) {
                        someCodes << x.code;
                        somePhones << x.owner.phone;
                        someIds << x.owner.idNumber;
                    }
                    if (batch.size() == 1000) {
                        if (!store.saveDossiers(batch, false)) {
                            out << "seeding failed\n";
                            return 1;
                        }
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty() && !store.saveDossiers(batch, false)) {
                out << "seeding failed\n";
                return 1;
            }
            out << "seeded " << n << " dossiers in " << seed.elapsed() / 1000.0 << " s\n";
        } else {
            out << "reusing " << existing << " dossiers in " << path << "\n";
            for (const DossierSummary& s : store.search(QString(), 200)) {
                someCodes << s.code;
                somePhones << s.ownerPhone;
                someIds << s.ownerIdNumber;
            }
        }
    }
    out << "file: " << QFileInfo(path).size() / (1024 * 1024) << " MiB (+ WAL "
        << QFileInfo(path + "-wal").size() / (1024 * 1024) << " MiB)\n";

    QElapsedTimer t;
    t.start();
    auto opened = LocalStore::open(path);
    const double openMs = t.nsecsElapsed() / 1e6;
    if (!opened)
        return 1;
    auto& store = **opened;
    t.restart();
    (void)store.search(QStringLiteral("n"), limit);
    const double firstSearchMs = t.nsecsElapsed() / 1e6;
    out << "open: " << openMs << " ms; first search after open: " << firstSearchMs << " ms\n";

    const QString code = someCodes.value(someCodes.size() / 2);
    const QString phone = somePhones.value(somePhones.size() / 3);
    const QString id = someIds.value(someIds.size() / 4);
    auto typing = [](const QString& text) {
        QStringList steps;
        for (int i = 1; i <= text.size(); ++i)
            steps << text.left(i);
        return steps;
    };
    const QList<std::pair<QString, QStringList>> sequences{
        {"name 'nguyen van an'", typing(QStringLiteral("nguyen van an"))},
        {"name 'Trần Thị Hương' (accents)", typing(QStringLiteral("Trần Thị Hương"))},
        {"name 'le thu'", typing(QStringLiteral("le thu"))},
        {"name ' nguyen v' (leading space)", typing(QStringLiteral(" nguyen v"))},
        // Two common words that rarely meet in one row: the index must intersect long lists.
        {"worst case 'nguyen tran'", typing(QStringLiteral("nguyen tran"))},
        {"worst case 'van thi'", typing(QStringLiteral("van thi"))},
        {"phone " + phone, typing(phone)},
        {"ID number " + id, typing(id)},
        {"code date+number " + code.section(u'-', 1), typing(code.section(u'-', 1))},
        {"full code " + code, typing(code).mid(12)},
    };
    QList<double> all;
    out << "\nsearch-as-you-type, limit " << limit << ", " << repeat
        << " runs per keystroke (ms):\n";
    for (const auto& [label, steps] : sequences) {
        QList<double> seq;
        QString worst;
        double worstMs = 0;
        int lastHits = 0;
        for (int r = 0; r < repeat; ++r) {
            for (const QString& q : steps) {
                t.restart();
                lastHits = int(store.search(q, limit).size());
                const double ms = t.nsecsElapsed() / 1e6;
                seq << ms;
                all << ms;
                if (ms > worstMs) {
                    worstMs = ms;
                    worst = q;
                }
            }
        }
        const Stats s = stats(seq);
        out << QStringLiteral("  %1: median %2, p95 %3, max %4 ('%5'); last step %6 hits\n")
                   .arg(label)
                   .arg(s.median, 0, 'f', 2)
                   .arg(s.p95, 0, 'f', 2)
                   .arg(s.max, 0, 'f', 2)
                   .arg(worst)
                   .arg(lastHits);
    }
    const Stats s = stats(all);
    out << QStringLiteral("  ALL %1 keystrokes: median %2, p95 %3, max %4\n")
               .arg(all.size())
               .arg(s.median, 0, 'f', 2)
               .arg(s.p95, 0, 'f', 2)
               .arg(s.max, 0, 'f', 2);

    t.restart();
    const auto today = store.receivedBetween(vntime::civilDate(vntime::now()).addDays(-7),
                                             vntime::civilDate(vntime::now()));
    out << "register of the last 7 days: " << today.size() << " rows in " << t.nsecsElapsed() / 1e6
        << " ms\n";
    t.restart();
    const bool found = store.dossier(code).has_value();
    out << "one whole dossier: " << t.nsecsElapsed() / 1e6 << " ms (" << (found ? "ok" : "missing")
        << ")\n";
    return found ? 0 : 1;
}
