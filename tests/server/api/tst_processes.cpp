// Processes as graphs through the API, on a real motcua-server with the demo's two wards: a
// process is refused for publication with every problem at once, a path longer than the statutory
// time is published only once the administrator accepts the warning, a dossier takes the branch
// its officer chooses (and the citizen is told on entering a step marked for it), and an
// administrator moves a running dossier to another version's process, with a reason.
#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <memory>

#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

using namespace motcua::test;

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;
const QString kCounter = QStringLiteral("Bộ phận Một cửa");
const QString kJustice = QStringLiteral("Tư pháp - Hộ tịch");
const QString kCulture = QStringLiteral("Văn hóa - Xã hội");
const QString kLeaders = QStringLiteral("Lãnh đạo UBND");

QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
}

QStringList problemsOf(const ApiClient::Reply& r)
{
    QStringList out;
    for (const QJsonValue& e : r.object().value("errors").toArray())
        out << e.toObject().value("code").toString() + QLatin1Char('@') +
                   e.toObject().value("field").toString();
    return out;
}

QJsonObject step(const char* id, const char* kind, const char* role, const QString& unit, int value,
                 const char* unitOfTime)
{
    return {{"id", id},     {"name", QString::fromLatin1(id).toUpper()},
            {"kind", kind}, {"role", role},
            {"unit", unit}, {"duration", QJsonObject{{"value", value}, {"unit", unitOfTime}}}};
}

QJsonObject arrow(const char* from, const char* to, const char* action = "forward",
                  const QString& name = {})
{
    return {{"from", from}, {"to", to}, {"action", action}, {"name", name}};
}

// Intake, a check by the justice office, then the culture office (the citizen is told) or the
// justice office itself, the leader's approval, the result.
QJsonObject branched()
{
    QJsonObject culture = step("culture", "process", "specialist", kCulture, 1, "workingDays");
    culture.insert("notifyCitizen", true);
    culture.insert("withheld", QJsonArray{"requestSupplement"}); // no supplement asked there
    return {
        {"id", "branched"},
        {"steps",
         QJsonArray{step("intake", "intake", "receptionist", kCounter, 2, "workingHours"),
                    step("check", "process", "specialist", kJustice, 4, "workingHours"), culture,
                    step("justice", "process", "specialist", kJustice, 1, "workingDays"),
                    step("approve", "approve", "leader", kLeaders, 4, "workingHours"),
                    step("issue", "issue", "receptionist", kCounter, 2, "workingHours")}},
        {"transitions",
         QJsonArray{arrow("intake", "check"),
                    arrow("check", "culture", "forward", QStringLiteral("Sang Văn hóa - Xã hội")),
                    arrow("check", "justice"), arrow("culture", "approve"),
                    arrow("justice", "approve"), arrow("approve", "issue", "approve")}},
        {"layout", QJsonArray{QJsonObject{{"stepId", "intake"}, {"x", 0}, {"y", 0}}}}};
}

} // namespace

class TstProcesses : public QObject {
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<ApiClient> m_admin, m_reception, m_specialist, m_cultureOfficer, m_otherAdmin;
    QJsonObject m_template; // 1.001193 as the server answers it
    const QString m_code = QStringLiteral("1.009901");
    QString m_dossier;

    static std::string path(const QString& rest) { return rest.toStdString(); }

    QJsonObject withWorkflow(const QJsonObject& workflow, int statutoryDays) const
    {
        QJsonObject p = m_template;
        p.insert("nationalCode", m_code);
        p.insert("localCode", m_code + ".000.00.71.H36");
        p.insert("name", QStringLiteral("Thủ tục thử quy trình rẽ nhánh"));
        p.insert("statutoryTime", QJsonObject{{"value", statutoryDays}, {"unit", "workingDays"}});
        p.insert("channelTimes", QJsonArray{});
        p.insert("workflow", workflow);
        p.remove("version");
        p.remove("effectiveFrom");
        p.remove("effectiveTo");
        return p;
    }

    ApiClient::Reply forward(ApiClient& who, const char* action, const QString& toStep = {})
    {
        const auto d = who.get(path("/api/v1/dossiers/" + m_dossier));
        QJsonObject cmd{{"action", action}, {"version", d.object().value("version")}};
        if (!toStep.isEmpty())
            cmd.insert("toStep", toStep);
        return who.post(path("/api/v1/dossiers/" + m_dossier + "/actions"), cmd);
    }

private slots:
    void initTestCase()
    {
        QStringList args{"--demo", "--set", "motcua.auth.argon2.memoryKiB=64", "--set",
                         "motcua.auth.argon2.iterations=1"};
        if (kBackend == "postgres") {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(!m_pg->connectionString().empty(), m_pg->error().c_str());
            args << "--database" << QString::fromStdString(m_pg->connectionString());
        }
        m_server.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(m_server.start(args), qPrintable(m_server.output()));
        auto login = [&](const char* user) {
            auto c = std::make_unique<ApiClient>(m_server.port());
            const auto r = c->login(user, kPassword);
            if (r.status != 200)
                qFatal("login %s: %s", user, r.body.c_str());
            return c;
        };
        m_admin = login("demo-admin");
        m_reception = login("demo-reception");
        m_specialist = login("demo-specialist");
        m_cultureOfficer = login("demo-specialist-vhxh");
        m_otherAdmin = login("demo-lb-admin");
        m_template = m_admin->get("/api/v1/procedures/1.001193").object();
        QVERIFY(!m_template.isEmpty());
    }

    // The server stops (and says how) before its PostgreSQL database is dropped.
    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void aBrokenProcessIsRefusedWithEveryProblem()
    {
        QJsonObject w = branched();
        QJsonArray arrows = w.value("transitions").toArray();
        arrows.removeAt(3); // culture → approve: the culture office leads nowhere
        arrows.append(arrow("justice", "archive"));
        w.insert("transitions", arrows);
        QJsonArray steps = w.value("steps").toArray();
        QJsonObject justice = steps.at(3).toObject();
        justice.insert("unit", "");
        steps.replace(3, justice);
        w.insert("steps", steps);
        const auto created = m_admin->post("/api/v1/procedures", withWorkflow(w, 10));
        QVERIFY2(created.status == 201, created.body.c_str());
        const auto refused =
            m_admin->post(path("/api/v1/procedures/" + m_code + "/versions/1/publish"),
                          QJsonObject{{"effectiveFrom", vietnamToday().toString(Qt::ISODate)}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(problemsOf(refused),
                 (QStringList{"workflow.transition_dangling@workflow.transitions[5].to",
                              "workflow.unit_required@workflow.steps[3].unit",
                              "workflow.no_way_to_result@workflow.steps[2]"}));
    }

    void aLongPathNeedsTheAdministratorsConsent()
    {
        // Through the culture office the steps take 19.5 working hours; one day is 7.5.
        const auto saved = m_admin->put(path("/api/v1/procedures/" + m_code + "/versions/1"),
                                        withWorkflow(branched(), 1));
        QVERIFY2(saved.status == 200, saved.body.c_str());
        const QJsonObject publish{{"effectiveFrom", vietnamToday().toString(Qt::ISODate)}};
        const std::string at = path("/api/v1/procedures/" + m_code + "/versions/1/publish");
        const auto warned = m_admin->post(at, publish);
        QCOMPARE(warned.status, 422);
        QCOMPARE(problemsOf(warned), (QStringList{"workflow.path_exceeds_statutory@workflow",
                                                  "workflow.path_exceeds_statutory@workflow"}));
        QJsonObject confirmed = publish;
        confirmed.insert("acceptWarnings", "yes");
        QCOMPARE(m_admin->post(at, confirmed).status, 400);
        confirmed.insert("acceptWarnings", true);
        const auto published = m_admin->post(at, confirmed);
        QVERIFY2(published.status == 200, published.body.c_str());
        QCOMPARE(published.object().value("workflow").toObject().value("transitions"),
                 branched().value("transitions"));
        QCOMPARE(published.object().value("workflow").toObject().value("layout"),
                 branched().value("layout"));
    }

    void theOfficerChoosesTheBranch()
    {
        QJsonArray components;
        for (const QJsonValue& c : m_template.value("components").toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value("mandatory").toBool())
                components.append(
                    QJsonObject{{"componentId", o.value("id")},
                                {"originals", o.value("originals").toInt()},
                                {"certifiedCopies", o.value("certifiedCopies").toInt()},
                                {"photocopies", o.value("photocopies").toInt()}});
        }
        const auto received = m_reception->post(
            "/api/v1/dossiers",
            QJsonObject{{"procedureCode", m_code},
                        {"channel", "direct"},
                        {"applicantType", "citizen"},
                        {"owner", QJsonObject{{"fullName", QStringLiteral("Trần Văn Bình")},
                                              {"idNumber", "001190012345"},
                                              {"phone", "0912 345 678"}}},
                        {"components", components}});
        QVERIFY2(received.status == 201, received.body.c_str());
        m_dossier = received.object().value("code").toString();
        QCOMPARE(received.object().value("currentStepId").toString(), QStringLiteral("check"));

        auto r = forward(*m_specialist, "forward");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("workflow.step_required"));
        r = forward(*m_specialist, "forward", "issue");
        QCOMPARE(r.code(), QStringLiteral("workflow.no_transition"));
        r = forward(*m_specialist, "forward", "culture");
        QVERIFY2(r.status == 200, r.body.c_str());
        QCOMPARE(r.object().value("currentStepId").toString(), QStringLiteral("culture"));
        QCOMPARE(r.object().value("currentUnit").toString(), kCulture);
        // The process withholds the supplement request in the culture step.
        const auto withheld = m_cultureOfficer->post(
            path("/api/v1/dossiers/" + m_dossier + "/actions"),
            QJsonObject{{"action", "requestSupplement"},
                        {"version", r.object().value("version")},
                        {"comment", QStringLiteral("- Bản sao giấy phép")}});
        QCOMPARE(withheld.status, 422);
        QCOMPARE(withheld.code(), QStringLiteral("workflow.not_in_step"));

        // The culture step tells the citizen: a message waits in the outbox.
        const auto sent = m_admin->get(path("/api/v1/dossiers/" + m_dossier + "/notifications"));
        QCOMPARE(sent.status, 200);
        QStringList events;
        for (const QJsonValue& n : sent.json.toArray())
            events << n.toObject().value("event").toString();
        QVERIFY2(events.contains("stepEntered"), qPrintable(events.join(',')));
    }

    void anAdministratorMovesARunningDossier()
    {
        // Version 2, for tomorrow, without the culture office.
        QJsonObject w = branched();
        QJsonArray steps = w.value("steps").toArray();
        steps.removeAt(2);
        w.insert("steps", steps);
        w.insert("transitions",
                 QJsonArray{arrow("intake", "check"), arrow("check", "justice"),
                            arrow("justice", "approve"), arrow("approve", "issue", "approve")});
        const auto draft =
            m_admin->post(path("/api/v1/procedures/" + m_code + "/versions"), withWorkflow(w, 10));
        QVERIFY2(draft.status == 201, draft.body.c_str());
        const int v2 = draft.object().value("version").toInt();
        const auto published = m_admin->post(
            path("/api/v1/procedures/" + m_code + "/versions/" + QString::number(v2) + "/publish"),
            QJsonObject{{"effectiveFrom", vietnamToday().addDays(1).toString(Qt::ISODate)}});
        QVERIFY2(published.status == 200, published.body.c_str());

        const auto before = m_admin->get(path("/api/v1/dossiers/" + m_dossier)).object();
        const std::string at = path("/api/v1/dossiers/" + m_dossier + "/process");
        QJsonObject move{{"version", before.value("version")},
                         {"procedureVersion", v2},
                         {"toStep", "justice"},
                         {"reason", QStringLiteral("Quy trình mới bỏ bước Văn hóa - Xã hội")}};
        QCOMPARE(m_reception->post(at, move).status, 403);
        QCOMPARE(m_otherAdmin->post(at, move).status, 404);
        QJsonObject noReason = move;
        noReason.insert("reason", " ");
        QCOMPARE(m_admin->post(at, noReason).code(), QStringLiteral("workflow.reason_required"));
        QJsonObject wrongStep = move;
        wrongStep.insert("toStep", "culture");
        QCOMPARE(m_admin->post(at, wrongStep).code(), QStringLiteral("workflow.wrong_step"));
        QJsonObject stale = move;
        stale.insert("version", before.value("version").toInteger() - 1);
        QCOMPARE(m_admin->post(at, stale).status, 409);

        const auto moved = m_admin->post(at, move);
        QVERIFY2(moved.status == 200, moved.body.c_str());
        const QJsonObject d = moved.object();
        QCOMPARE(d.value("currentStepId").toString(), QStringLiteral("justice"));
        QCOMPARE(d.value("currentUnit").toString(), kJustice);
        QCOMPARE(d.value("procedureVersion").toInt(), 1); // papers, fees, times: as received
        QCOMPARE(d.value("appointmentAt"), before.value("appointmentAt"));
        QCOMPARE(d.value("workflow").toObject().value("steps").toArray().size(), 5);
        const QJsonObject last = d.value("history").toArray().last().toObject();
        QCOMPARE(last.value("action").toString(), QStringLiteral("moveProcess"));
        QCOMPARE(last.value("fromStep").toString(), QStringLiteral("culture"));
        QCOMPARE(last.value("actor").toString(), QStringLiteral("demo-admin"));

        // The culture office no longer holds it; the justice office goes on in the new process.
        QCOMPARE(forward(*m_cultureOfficer, "forward").status, 403);
        const auto on = forward(*m_specialist, "forward");
        QVERIFY2(on.status == 200, on.body.c_str());
        QCOMPARE(on.object().value("currentStepId").toString(), QStringLiteral("approve"));
    }
};

QTEST_GUILESS_MAIN(TstProcesses)
#include "tst_processes.moc"
