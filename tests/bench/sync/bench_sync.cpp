// motcua-bench-sync: the two figures of issue 11 §4, measured against a real motcua-server.
//
// first-sync: a new workstation (the client's own Workstation and sync engine, a new store)
//   logs in and takes its first sync; prints the time until it is ready to work offline
//   (catalogue, calendar, users, the open and recent dossiers stored, the feed position kept,
//   reserved numbers for a receptionist), how many dossiers it stored and the store's size; and,
//   as the reference measured in the same run, the time to merely download the same snapshot
//   pages with a plain HTTP client (no decoding, no storing).
//
// propagation: N simulated workstations follow the feed the way the client does — mode `wait`
//   (this version: a long poll answered with the page and its dossiers) or mode `poll` (the old
//   client: a pull every 15 s, then one GET per changed dossier) — while a writer takes in one
//   dossier a second at another counter. Prints the delay from the writer's acknowledgement to
//   each workstation holding the dossier (p50/p95/p99 over every pair), and the server's CPU
//   time per wall second, idle (before any write) and during the writes (from /proc/PID/stat).

#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "domain/IntakeRequest.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <unistd.h>

using namespace motcua;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// One keep-alive HTTP connection, as a workstation holds one.
class Http {
public:
    explicit Http(const Poco::URI& base)
        : m_session(base.getHost(), base.getPort())
    {
        m_session.setKeepAlive(true);
        m_session.setTimeout(Poco::Timespan(60, 0));
    }
    void setToken(std::string token) { m_token = std::move(token); }
    // The body; `status` set. Throws on a network error.
    std::string call(const std::string& method, const std::string& path, const std::string& body,
                     int* status = nullptr)
    {
        Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        if (!m_token.empty())
            req.set("Authorization", "Bearer " + m_token);
        if (!body.empty()) {
            req.setContentType("application/json");
            req.setContentLength(std::streamsize(body.size()));
        }
        m_session.sendRequest(req) << body;
        Poco::Net::HTTPResponse res;
        std::istream& in = m_session.receiveResponse(res);
        std::string out;
        Poco::StreamCopier::copyToString(in, out);
        if (status)
            *status = res.getStatus();
        return out;
    }
    QJsonObject json(const std::string& method, const std::string& path,
                     const std::string& body = {}, int* status = nullptr)
    {
        const std::string text = call(method, path, body, status);
        return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    }
    std::string login(const std::string& user, const std::string& password)
    {
        const QJsonObject o =
            json("POST", "/api/v1/auth/login",
                 QJsonDocument(QJsonObject{{"username", QString::fromStdString(user)},
                                           {"password", QString::fromStdString(password)}})
                     .toJson(QJsonDocument::Compact)
                     .toStdString());
        m_token = o.value("accessToken").toString().toStdString();
        return m_token;
    }

private:
    Poco::Net::HTTPClientSession m_session;
    std::string m_token;
};

double cpuSeconds(int pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    std::istringstream rest(text.substr(close + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14)
            utime = std::stod(field);
        if (i == 15)
            stime = std::stod(field);
    }
    return (utime + stime) / double(sysconf(_SC_CLK_TCK));
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p / 100.0 * double(v.size())))];
}

std::string intakeBody(int n)
{
    return QJsonDocument(
               QJsonObject{
                   {"procedureCode", "1.001193"},
                   {"channel", "direct"},
                   {"applicantType", "citizen"},
                   {"owner", QJsonObject{{"fullName", QStringLiteral("Người thử %1").arg(n)},
                                         {"idNumber", "001190012345"}}},
                   {"components", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}},
                                             QJsonObject{{"componentId", 2}, {"originals", 1}},
                                             QJsonObject{{"componentId", 4}, {"photocopies", 1}}}}})
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

int firstSync(int argc, char** argv)
{
    if (argc < 5)
        return 2;
    const QString url = QString::fromUtf8(argv[2]);
    const QString user = QString::fromUtf8(argv[3]), password = QString::fromUtf8(argv[4]);
    int recentDays = 90;
    for (int i = 5; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--recent-days")
            recentDays = std::stoi(argv[i + 1]);
    }
    QTemporaryDir dir;
    client::Workstation ws(dir.path());
    client::SyncEngine::Options o;
    o.recentDays = recentDays;
    o.watchSeconds = 0; // only the first sync is measured
    ws.setSyncOptions(o);
    if (!ws.open())
        return 1;
    QElapsedTimer timer;
    bool pulled = false;
    double readyMs = -1;
    QObject::connect(&ws, &client::Workstation::syncStateChanged, [&](const QString& state) {
        if (state == QLatin1String("pulling"))
            pulled = true;
        else if (state == QLatin1String("idle") && pulled && readyMs < 0) {
            readyMs = double(timer.nsecsElapsed()) / 1e6;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&ws, &client::Workstation::loginFailed, [](const QString& code) {
        std::fprintf(stderr, "login failed: %s\n", qPrintable(code));
        QCoreApplication::exit(1);
    });
    timer.start();
    ws.setServerUrl(QUrl(url));
    ws.login(user, password);
    QTimer::singleShot(600000, [] { QCoreApplication::exit(1); });
    if (QCoreApplication::exec() != 0 || readyMs < 0)
        return 1;
    const int stored = ws.store().dossierCount();
    const qint64 bytes = QFileInfo(dir.filePath(client::Workstation::storeFileName())).size();

    // The reference: the same pages, downloaded only.
    const Poco::URI base(url.toStdString());
    Http http(base);
    http.login(user.toStdString(), password.toStdString());
    const auto started = Clock::now();
    std::string after;
    std::size_t downloaded = 0, documents = 0;
    for (;;) {
        const std::string text = http.call(
            "GET",
            "/api/v1/changes/snapshot?limit=1000&recentDays=" + std::to_string(recentDays) +
                (after.empty() ? "" : "&after=" + after),
            {});
        downloaded += text.size();
        const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
        documents += std::size_t(page.value("dossiers").toArray().size());
        if (!page.contains("next"))
            break;
        after = page.value("next").toString().toStdString();
    }
    const double downloadMs = msSince(started);
    std::printf("first sync: ready in %.1f s, %d dossiers stored, store %.1f MB; "
                "reference: the same %zu dossiers (%.1f MB) downloaded only in %.1f s\n",
                readyMs / 1000.0, stored, double(bytes) / 1e6, documents, double(downloaded) / 1e6,
                downloadMs / 1000.0);
    return 0;
}

int propagation(int argc, char** argv)
{
    if (argc < 7)
        return 2;
    const Poco::URI base(argv[2]);
    const std::string writerUser = argv[3], readerUser = argv[4], password = argv[5];
    const int serverPid = std::stoi(argv[6]);
    int workstations = 500, seconds = 60;
    std::string mode = "wait";
    for (int i = 7; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        if (k == "--workstations")
            workstations = std::stoi(argv[i + 1]);
        else if (k == "--seconds")
            seconds = std::stoi(argv[i + 1]);
        else if (k == "--mode")
            mode = argv[i + 1];
    }
    Http admin(base);
    const std::string token = admin.login(readerUser, password);
    qint64 start = 0;
    for (;;) { // the end of the feed now
        const QJsonObject o =
            admin.json("GET", "/api/v1/changes?limit=5000&since=" + std::to_string(start));
        const qint64 next = o.value("next").toInteger();
        if (o.value("changes").toArray().isEmpty() || next == start)
            break;
        start = next;
    }

    std::mutex mutex;
    std::map<std::string, Clock::time_point> acknowledged; // code → the writer's 201
    // Every sighting of a code by a workstation. Matched to the writer's 201 at the end: a
    // waiting workstation often sees a dossier before the writer has read its own answer.
    std::vector<std::pair<std::string, Clock::time_point>> sightings;
    std::atomic<bool> stop{false};
    std::atomic<int> errors{0}, requests{0};
    auto seen = [&](const std::string& code) {
        const auto now = Clock::now();
        const std::lock_guard lock(mutex);
        sightings.emplace_back(code, now);
    };
    std::vector<std::thread> readers;
    for (int w = 0; w < workstations; ++w) {
        readers.emplace_back([&, w] {
            Http http(base);
            http.setToken(token);
            qint64 since = start;
            // Spread over the poll period, as workstations started at different times are.
            auto nextPoll = Clock::now() + std::chrono::milliseconds(w * 15000 / workstations);
            while (!stop) {
                try {
                    QJsonObject page;
                    if (mode == "wait") {
                        // The client's wait: the page itself, dossiers included, as soon as
                        // there is one (SyncEngineWatch.cpp).
                        ++requests;
                        page = http.json(
                            "GET", "/api/v1/changes?limit=500&include=dossiers&wait=25&since=" +
                                       std::to_string(since));
                    } else {
                        while (!stop && Clock::now() < nextPoll)
                            std::this_thread::sleep_for(std::chrono::milliseconds(50));
                        nextPoll += std::chrono::seconds(15);
                        // The old client's pull, then one GET per dossier.
                        ++requests;
                        page = http.json("GET", "/api/v1/changes?limit=500&since=" +
                                                    std::to_string(since));
                    }
                    for (const QJsonValue& c : page.value("changes").toArray()) {
                        const std::string code = c.toObject().value("key").toString().toStdString();
                        if (mode != "wait") {
                            ++requests;
                            http.call("GET", "/api/v1/dossiers/" + code, {});
                        }
                        seen(code);
                    }
                    since = page.value("next").toInteger(since);
                } catch (const std::exception&) {
                    ++errors;
                    std::this_thread::sleep_for(std::chrono::milliseconds(200));
                }
            }
        });
    }
    // Let them all settle into their waits (or polls), then the idle cost.
    std::this_thread::sleep_for(std::chrono::seconds(5));
    double cpu0 = cpuSeconds(serverPid);
    auto t0 = Clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(15));
    const double idle = (cpuSeconds(serverPid) - cpu0) / (msSince(t0) / 1000.0);

    Http writer(base);
    writer.login(writerUser, password);
    cpu0 = cpuSeconds(serverPid);
    t0 = Clock::now();
    const int requests0 = requests;
    for (int i = 0; i < seconds; ++i) {
        const auto tick = Clock::now();
        int status = 0;
        const QJsonObject d = writer.json("POST", "/api/v1/dossiers", intakeBody(i), &status);
        const auto ack = Clock::now();
        if (status == 201) {
            const std::lock_guard lock(mutex);
            acknowledged[d.value("code").toString().toStdString()] = ack;
        }
        std::this_thread::sleep_until(tick + std::chrono::seconds(1));
    }
    // Everyone has its last poll within 15 s (poll mode) or at once (wait mode).
    std::this_thread::sleep_for(std::chrono::seconds(mode == "wait" ? 3 : 16));
    const double busy = (cpuSeconds(serverPid) - cpu0) / (msSince(t0) / 1000.0);
    const double perSecond = double(requests - requests0) / (msSince(t0) / 1000.0);
    stop = true;
    // Wake the waiting readers: one more change ends every wait at once.
    writer.json("POST", "/api/v1/dossiers", intakeBody(seconds));
    for (auto& t : readers)
        t.join();
    const std::size_t expected = acknowledged.size() * std::size_t(workstations);
    // From the writer's 201 to the workstation's sighting; one seen before the writer had its
    // answer counts as 0.
    std::vector<double> delays;
    for (const auto& [code, at] : sightings) {
        const auto it = acknowledged.find(code);
        if (it != acknowledged.end())
            delays.push_back(
                std::max(0.0, std::chrono::duration<double, std::milli>(at - it->second).count()));
    }
    std::printf("propagation (%s, %d workstations, %zu writes): delay p50 %.0f ms, p95 %.0f ms, "
                "p99 %.0f ms, %zu of %zu seen; server CPU idle %.1f %%, during writes %.1f %% of "
                "one core; %.0f requests/s; %d errors\n",
                mode.c_str(), workstations, acknowledged.size(), percentile(delays, 50),
                percentile(delays, 95), percentile(delays, 99), delays.size(), expected, idle * 100,
                busy * 100, perSecond, errors.load());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const std::string what = argc > 1 ? argv[1] : "";
    int rc = 2;
    if (what == "first-sync")
        rc = firstSync(argc, argv);
    else if (what == "propagation")
        rc = propagation(argc, argv);
    if (rc == 2)
        std::fprintf(stderr, "usage: see tests/bench/sync/CMakeLists.txt\n");
    return rc;
}
