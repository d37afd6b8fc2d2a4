// The versions of a procedure through the API, on a real motcua-server with the demo's two wards:
// a new procedure is a draft until published; a published version is read-only; a draft published
// for a later day takes effect that day and ends the one before; a dossier keeps the version it
// was received under; every problem of a refused publication is answered at once.
#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <memory>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace motcua::test;

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;
const QString kFirstAgency = QStringLiteral("000.00.71.H36"); // Xuân Hương

// The server's day (Vietnam). A run that straddles midnight in Vietnam could see two days; the
// tests compare only days they compute before and after nothing slow.
QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QStringList codesOf(const ApiClient::Reply& r)
{
    QStringList out;
    for (const QJsonValue& e : r.object().value("errors").toArray())
        out << e.toObject().value("code").toString();
    return out;
}

} // namespace

class TstProcedureVersions : public QObject {
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<ApiClient> m_admin, m_reception, m_otherAdmin, m_provinceAdmin;
    QJsonObject m_template; // 1.001193 as the server answers it: a valid body to start from

    // A new procedure of the first ward made from the demo's birth registration.
    QJsonObject procedureBody(const QString& code, const QString& name) const
    {
        QJsonObject p = m_template;
        p.insert("nationalCode", code);
        p.insert("localCode", code + ".000.00.71.H36");
        p.insert("name", name);
        p.remove("version");
        p.remove("effectiveFrom");
        p.remove("effectiveTo");
        return p;
    }

    // Every mandatory paper of the template, plus `extraPaper` when not 0; `caseId` 0 names none.
    ApiClient::Reply intake(const QString& code, int caseId = 0, const char* channel = "direct",
                            int extraPaper = 0)
    {
        QJsonArray components;
        if (extraPaper)
            components.append(QJsonObject{{"componentId", extraPaper}, {"certifiedCopies", 1}});
        for (const QJsonValue& c : m_template.value("components").toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value("mandatory").toBool())
                components.append(
                    QJsonObject{{"componentId", o.value("id")},
                                {"originals", o.value("originals").toInt()},
                                {"certifiedCopies", o.value("certifiedCopies").toInt()},
                                {"photocopies", o.value("photocopies").toInt()}});
        }
        QJsonObject body{{"procedureCode", code},
                         {"channel", channel},
                         {"applicantType", "citizen"},
                         {"owner", QJsonObject{{"fullName", QStringLiteral("Trần Văn Bình")},
                                               {"idNumber", "001190012345"},
                                               {"phone", "0912 345 678"}}},
                         {"components", components}};
        if (caseId)
            body.insert("caseId", caseId);
        return m_reception->post("/api/v1/dossiers", body);
    }

    static std::string path(const QString& code, const QString& rest = {})
    {
        return ("/api/v1/procedures/" + code + rest).toStdString();
    }

private slots:
    void initTestCase()
    {
        // The bootstrap administrator belongs to no agency: a province-wide one.
        QStringList args{"--demo",
                         "--bootstrap-admin",
                         "province-admin",
                         "--set",
                         "motcua.auth.argon2.memoryKiB=64",
                         "--set",
                         "motcua.auth.argon2.iterations=1"};
        if (kBackend == "postgres") {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(!m_pg->connectionString().empty(), m_pg->error().c_str());
            args << "--database" << QString::fromStdString(m_pg->connectionString());
        }
        m_server.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        m_server.setEnvironment("MOTCUA_ADMIN_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(m_server.start(args), qPrintable(m_server.output()));
        auto login = [&](const char* user) {
            auto c = std::make_unique<ApiClient>(m_server.port());
            const auto r = c->login(user, kPassword);
            return r.status == 200 ? std::move(c) : nullptr;
        };
        m_admin = login("demo-admin");
        m_reception = login("demo-reception");
        m_otherAdmin = login("demo-lb-admin");
        m_provinceAdmin = login("province-admin");
        QVERIFY(m_admin && m_reception && m_otherAdmin && m_provinceAdmin);
        const auto birth = m_admin->get("/api/v1/procedures/1.001193");
        QCOMPARE(birth.status, 200);
        m_template = birth.object();
        // The demo catalogue is in force since the two-level local government began.
        QCOMPARE(m_template.value("effectiveFrom").toString(), QStringLiteral("2025-07-01"));
        QVERIFY(m_template.value("effectiveTo").isNull()); // until further notice
    }
    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void aNewProcedureIsADraftUntilPublished()
    {
        const QString code = QStringLiteral("9.000001");
        const auto created =
            m_admin->post("/api/v1/procedures", procedureBody(code, QStringLiteral("Thủ tục mới")));
        QVERIFY2(created.status == 201, created.body.c_str());
        QCOMPARE(created.object().value("version").toInt(), 1);
        QCOMPARE(created.object().value("agencyId").toString(), kFirstAgency);
        QVERIFY(created.object().value("effectiveFrom").isNull());

        // A draft is in force on no day: not listed, not receivable, hidden from the counter.
        const auto inForce = m_admin->get(path(code));
        QCOMPARE(inForce.status, 404);
        QCOMPARE(inForce.code(), QStringLiteral("catalogue.not_in_force"));
        const auto listed = m_reception->get("/api/v1/procedures?q=9.000001");
        QCOMPARE(listed.json.toArray().size(), 0);
        QCOMPARE(intake(code).code(), QStringLiteral("intake.unknown_procedure"));
        QCOMPARE(m_reception->get(path(code, "/versions")).json.toArray().size(), 0);
        QCOMPARE(m_reception->get(path(code, "/versions/1")).status, 404);
        QCOMPARE(m_admin->get(path(code, "/versions")).json.toArray().size(), 1);
        // The administrator's list has the draft; the other ward's administrator does not see it.
        auto listed9 = [](ApiClient& c, const QString& wanted) {
            int n = 0;
            for (const QJsonValue& v : c.get("/api/v1/procedure-versions").json.toArray())
                n += v.toObject().value("nationalCode") == wanted ? 1 : 0;
            return n;
        };
        QCOMPARE(listed9(*m_admin, code), 1);
        QCOMPARE(listed9(*m_otherAdmin, code), 0);
        QCOMPARE(m_reception->get("/api/v1/procedure-versions").status, 403);

        // The code is national: a second procedure with it is a conflict, whoever asks.
        const auto again =
            m_admin->post("/api/v1/procedures", procedureBody(code, QStringLiteral("Lần hai")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("catalogue.procedure_exists"));
        QJsonObject theirs = procedureBody(code, QStringLiteral("Của phường khác"));
        theirs.insert("agencyId", QStringLiteral("000.00.72.H36"));
        QCOMPARE(m_otherAdmin->post("/api/v1/procedures", theirs).status, 409);
        // Another ward's administrator does not see it, nor may publish it.
        QCOMPARE(m_otherAdmin->get(path(code, "/versions")).status, 404);
        QCOMPARE(m_otherAdmin
                     ->post(path(code, "/versions/1/publish"),
                            QJsonObject{{"effectiveFrom", iso(vietnamToday())}})
                     .status,
                 404);

        const auto published = m_admin->post(path(code, "/versions/1/publish"),
                                             QJsonObject{{"effectiveFrom", iso(vietnamToday())}});
        QVERIFY2(published.status == 200, published.body.c_str());
        QCOMPARE(published.object().value("effectiveFrom").toString(), iso(vietnamToday()));
        QCOMPARE(m_reception->get(path(code)).object().value("version").toInt(), 1);
        const auto received = intake(code);
        QVERIFY2(received.status == 201, received.body.c_str());
        QCOMPARE(received.object().value("procedureVersion").toInt(), 1);

        // Published is read-only: a change is a new draft.
        const auto edit = m_admin->put(path(code, "/versions/1"),
                                       procedureBody(code, QStringLiteral("Sửa tại chỗ")));
        QCOMPARE(edit.status, 409);
        QCOMPARE(edit.code(), QStringLiteral("procedure.not_draft"));
        const auto twice = m_admin->post(path(code, "/versions/1/publish"),
                                         QJsonObject{{"effectiveFrom", iso(vietnamToday())}});
        QCOMPARE(twice.status, 409);
    }

    // Not even a draft without a proper national code and a name: both said at once.
    void aDraftNeedsACodeAndAName()
    {
        QJsonObject body = procedureBody(QStringLiteral("1.00x"), QStringLiteral("  "));
        const auto refused = m_admin->post("/api/v1/procedures", body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(codesOf(refused),
                 (QStringList{"catalogue.code_invalid", "catalogue.name_required"}));
        body.insert("nationalCode", QString());
        QCOMPARE(m_admin->post("/api/v1/procedures", body).status, 422);
        QCOMPARE(m_admin->get("/api/v1/procedures/1.00x/versions").status, 404); // nothing stored
    }

    // A province-wide administrator has no agency of their own to give a procedure: one without
    // an agency would be received by no counter, so it is refused; naming the agency works.
    void aProcedureNeedsTheAgencyThatReceivesIt()
    {
        const QString code = QStringLiteral("9.000009");
        QJsonObject body = procedureBody(code, QStringLiteral("Thủ tục của tỉnh"));
        body.remove("agencyId");
        const auto orphan = m_provinceAdmin->post("/api/v1/procedures", body);
        QCOMPARE(orphan.status, 422);
        QCOMPARE(orphan.code(), QStringLiteral("catalogue.agency_required"));
        QCOMPARE(orphan.object().value("field").toString(), QStringLiteral("agencyId"));
        const auto legacy = m_provinceAdmin->put(path(code), body);
        QCOMPARE(legacy.status, 422);
        QCOMPARE(legacy.code(), QStringLiteral("catalogue.agency_required"));
        QCOMPARE(m_provinceAdmin->get(path(code, "/versions")).status, 404); // nothing stored

        body.insert("agencyId", kFirstAgency);
        const auto created = m_provinceAdmin->post("/api/v1/procedures", body);
        QVERIFY2(created.status == 201, created.body.c_str());
        QCOMPARE(m_admin->get(path(code, "/versions")).json.toArray().size(), 1);
        // An agency-bound administrator still gets their own agency when the body names none.
        QJsonObject own = procedureBody(QStringLiteral("9.000010"), QStringLiteral("Của phường"));
        own.remove("agencyId");
        const auto mine = m_admin->post("/api/v1/procedures", own);
        QVERIFY2(mine.status == 201, mine.body.c_str());
        QCOMPARE(mine.object().value("agencyId").toString(), kFirstAgency);
    }

    // Version 2 with another time and fee, published for tomorrow: today's dossiers keep version
    // 1, the counter sees version 1 today and version 2 from tomorrow.
    void aVersionForTomorrowLeavesTodayAlone()
    {
        const QString code = QStringLiteral("9.000002");
        QCOMPARE(
            m_admin->post("/api/v1/procedures", procedureBody(code, QStringLiteral("Một"))).status,
            201);
        const QDate today = vietnamToday(), tomorrow = today.addDays(1);
        QCOMPARE(m_admin
                     ->post(path(code, "/versions/1/publish"),
                            QJsonObject{{"effectiveFrom", iso(today)}})
                     .status,
                 200);
        const auto first = intake(code);
        QCOMPARE(first.status, 201);
        const QString firstCode = first.object().value("code").toString();

        QJsonObject next = procedureBody(code, QStringLiteral("Hai"));
        next.insert("statutoryTime", QJsonObject{{"value", 3}, {"unit", "workingDays"}});
        next.insert("fees", QJsonArray{QJsonObject{{"name", QStringLiteral("Lệ phí")},
                                                   {"amountVnd", 50000},
                                                   {"collection", "atIntake"}}});
        const auto draft = m_admin->post(path(code, "/versions"), next);
        QVERIFY2(draft.status == 201, draft.body.c_str());
        QCOMPARE(draft.object().value("version").toInt(), 2);
        // A draft can be changed as often as needed.
        next.insert("name", QStringLiteral("Hai (sửa)"));
        const auto changed = m_admin->put(path(code, "/versions/2"), next);
        QVERIFY2(changed.status == 200, changed.body.c_str());
        QCOMPARE(m_admin->get(path(code, "/versions/2")).object().value("name").toString(),
                 QStringLiteral("Hai (sửa)"));

        const auto published = m_admin->post(path(code, "/versions/2/publish"),
                                             QJsonObject{{"effectiveFrom", iso(tomorrow)}});
        QVERIFY2(published.status == 200, published.body.c_str());

        // Today: version 1, which now ends today; tomorrow: version 2.
        const auto now = m_reception->get(path(code));
        QCOMPARE(now.object().value("version").toInt(), 1);
        QCOMPARE(now.object().value("effectiveTo").toString(), iso(today));
        const auto then = m_reception->get(path(code, "?on=" + iso(tomorrow)));
        QCOMPARE(then.object().value("version").toInt(), 2);
        QCOMPARE(then.object().value("statutoryTime").toObject().value("value").toInt(), 3);
        const auto list =
            m_reception->get("/api/v1/procedures?q=9.000002&on=" + iso(tomorrow).toStdString());
        QCOMPARE(list.json.toArray().size(), 1);
        QCOMPARE(list.json.toArray().first().toObject().value("version").toInt(), 2);
        const auto versions = m_reception->get(path(code, "/versions")).json.toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value("effectiveTo").toString(), iso(today));
        QCOMPARE(versions.at(1).toObject().value("effectiveFrom").toString(), iso(tomorrow));

        // A dossier received today takes version 1; the one received before keeps it.
        const auto second = intake(code);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.object().value("procedureVersion").toInt(), 1);
        QCOMPARE(second.object().value("procedureName").toString(), QStringLiteral("Một"));
        const auto kept = m_reception->get("/api/v1/dossiers/" + firstCode.toStdString());
        QCOMPARE(kept.object().value("procedureVersion").toInt(), 1);

        // Versions take effect in version order: version 3 cannot start before version 2.
        QCOMPARE(m_admin->post(path(code, "/versions"), procedureBody(code, "Ba")).status, 201);
        const auto early = m_admin->post(path(code, "/versions/3/publish"),
                                         QJsonObject{{"effectiveFrom", iso(today)}});
        QCOMPARE(early.status, 422);
        QCOMPARE(codesOf(early), QStringList{"procedure.effective_before_previous"});
        // The same day as version 2 replaces it before it takes effect.
        const auto replacing = m_admin->post(path(code, "/versions/3/publish"),
                                             QJsonObject{{"effectiveFrom", iso(tomorrow)}});
        QVERIFY2(replacing.status == 200, replacing.body.c_str());
        QCOMPARE(m_reception->get(path(code, "?on=" + iso(tomorrow))).object().value("version"),
                 QJsonValue(3));
        QCOMPARE(m_reception->get(path(code)).object().value("version"), QJsonValue(1));

        // A workstation keeps today's version and the later ones (not the replaced version 2).
        QList<int> versionsKept;
        const auto from = m_reception->get("/api/v1/procedures?from=" + iso(today).toStdString());
        for (const QJsonValue& v : from.json.toArray()) {
            if (v.toObject().value("nationalCode") == code)
                versionsKept << v.toObject().value("version").toInt();
        }
        QCOMPARE(versionsKept, (QList<int>{1, 3}));
        QCOMPARE(m_reception->get("/api/v1/procedures?from=2026-01-01&q=x").status, 400);
    }

    // Two cases — on time and late — with their own papers, times per channel and fees per
    // channel: the dossier takes its case's rules; the top level repeats the first case for
    // clients that know no cases; a request naming no case is received under the first.
    void aDossierIsReceivedUnderItsCase()
    {
        const QString code = QStringLiteral("9.000020");
        QJsonObject p = procedureBody(code, QStringLiteral("Thủ tục có hai trường hợp"));
        QJsonArray latePapers = m_template.value("components").toArray();
        latePapers.append(QJsonObject{{"id", 99},
                                      {"name", QStringLiteral("Giấy tờ chứng minh nơi cư trú")},
                                      {"certifiedCopies", 1},
                                      {"mandatory", true}});
        const QJsonObject onTime{
            {"id", 1},
            {"name", QStringLiteral("Đúng hạn")},
            {"components", m_template.value("components")},
            {"statutoryTime", QJsonObject{{"value", 3}, {"unit", "workingDays"}}},
            {"channelTimes",
             QJsonArray{QJsonObject{{"channel", "online"},
                                    {"time", QJsonObject{{"value", 2}, {"unit", "workingDays"}}}}}},
            {"workflow", m_template.value("workflow")}};
        const QJsonObject late{
            {"id", 2},
            {"name", QStringLiteral("Quá hạn")},
            {"components", latePapers},
            {"statutoryTime", QJsonObject{{"value", 5}, {"unit", "workingDays"}}},
            {"fees", QJsonArray{QJsonObject{{"name", QStringLiteral("Lệ phí")},
                                            {"amountVnd", 8000},
                                            {"channels", QJsonArray{"direct", "post"}}},
                                QJsonObject{{"name", QStringLiteral("Lệ phí trực tuyến")},
                                            {"amountVnd", 4000},
                                            {"channels", QJsonArray{"online"}}}}},
            {"workflow", m_template.value("workflow")}};
        p.insert("cases", QJsonArray{onTime, late});
        const auto created = m_admin->post("/api/v1/procedures", p);
        QVERIFY2(created.status == 201, created.body.c_str());
        // Stored with the first case repeated at the top level.
        QCOMPARE(created.object().value("statutoryTime").toObject().value("value").toInt(), 3);
        QCOMPARE(created.object().value("channelTimes").toArray().size(), 1);
        QCOMPARE(m_admin
                     ->post(path(code, "/versions/1/publish"),
                            QJsonObject{{"effectiveFrom", iso(vietnamToday())}})
                     .status,
                 200);
        QCOMPARE(m_reception->get(path(code)).object().value("cases").toArray().size(), 2);

        const auto lateOnline = intake(code, 2, "online", 99);
        QVERIFY2(lateOnline.status == 201, lateOnline.body.c_str());
        const QJsonObject d = lateOnline.object();
        QCOMPARE(d.value("caseId").toInt(), 2);
        QCOMPARE(d.value("caseName").toString(), QStringLiteral("Quá hạn"));
        QCOMPARE(d.value("statutoryTime").toObject().value("value").toInt(), 5);
        QCOMPARE(d.value("fees").toArray().size(), 1);
        QCOMPARE(d.value("fees").toArray().first().toObject().value("amountVnd").toInt(), 4000);
        QCOMPARE(d.value("components").toArray().size(), latePapers.size());

        // The late case's own paper is required in it, and unknown to the first case.
        const auto missing = intake(code, 2, "direct");
        QCOMPARE(missing.status, 422);
        QCOMPARE(codesOf(missing), QStringList{"intake.missing_component"});
        const auto foreign = intake(code, 1, "direct", 99);
        QCOMPARE(codesOf(foreign), QStringList{"intake.unknown_component"});
        const auto unknown = intake(code, 7, "direct");
        QCOMPARE(unknown.status, 422);
        QCOMPARE(codesOf(unknown), QStringList{"intake.unknown_case"});

        // Naming no case (a client before cases) is the first case, with its online time.
        const auto older = intake(code, 0, "online");
        QVERIFY2(older.status == 201, older.body.c_str());
        QCOMPARE(older.object().value("caseId").toInt(), 1);
        QCOMPARE(older.object().value("statutoryTime").toObject().value("value").toInt(), 2);
        QVERIFY(older.object().value("fees").toArray().isEmpty());

        // The dossier shows the rules it was received under, whatever happens to the catalogue.
        const auto kept =
            m_reception->get("/api/v1/dossiers/" + d.value("code").toString().toStdString());
        QCOMPARE(kept.object().value("caseName").toString(), QStringLiteral("Quá hạn"));
    }

    void aPublicationChecksTheCases()
    {
        const QString code = QStringLiteral("9.000021");
        QJsonObject p = procedureBody(code, QStringLiteral("Trường hợp hỏng"));
        const QJsonObject one{{"id", 1},
                              {"name", QStringLiteral("Một")},
                              {"statutoryTime", QJsonObject{{"value", 1}, {"unit", "workingDays"}}},
                              {"workflow", m_template.value("workflow")}};
        QJsonObject twin = one;
        twin.insert("name", QStringLiteral("  "));
        p.insert("cases", QJsonArray{one, twin});
        QCOMPARE(m_admin->post("/api/v1/procedures", p).status, 201); // a draft may be unfinished
        const auto refused = m_admin->post(path(code, "/versions/1/publish"),
                                           QJsonObject{{"effectiveFrom", iso(vietnamToday())}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(codesOf(refused),
                 (QStringList{"procedure.case_id_duplicate", "procedure.case_name_required"}));
    }

    // A published version changes only by an audited correction or a new end day, each with its
    // reason; the days stay; versions never overlap; the workstations hear of it.
    void aPublishedVersionIsCorrectedOrEndedWithAReason()
    {
        const QString code = QStringLiteral("9.000030");
        const QDate today = vietnamToday();
        QCOMPARE(
            m_admin->post("/api/v1/procedures", procedureBody(code, QStringLiteral("Một"))).status,
            201);
        QCOMPARE(m_admin
                     ->post(path(code, "/versions/1/publish"),
                            QJsonObject{{"effectiveFrom", iso(today)}})
                     .status,
                 200);
        auto feedEntries = [&] {
            int n = 0;
            const auto r = m_reception->get("/api/v1/changes?since=0&limit=5000");
            for (const QJsonValue& v : r.object().value("changes").toArray())
                n += v.toObject().value("key") == code ? 1 : 0;
            return n;
        };
        const int heardBefore = feedEntries();

        QJsonObject fixed = procedureBody(code, QStringLiteral("Một (sửa lỗi chính tả)"));
        const auto noReason = m_admin->post(path(code, "/versions/1/correct"),
                                            QJsonObject{{"procedure", fixed}, {"reason", " "}});
        QCOMPARE(noReason.status, 422);
        QCOMPARE(noReason.code(), QStringLiteral("procedure.reason_required"));
        QCOMPARE(m_reception
                     ->post(path(code, "/versions/1/correct"),
                            QJsonObject{{"procedure", fixed}, {"reason", "x"}})
                     .status,
                 403);
        const auto corrected = m_admin->post(
            path(code, "/versions/1/correct"),
            QJsonObject{{"procedure", fixed}, {"reason", QStringLiteral("Sai chính tả tên")}});
        QVERIFY2(corrected.status == 200, corrected.body.c_str());
        QCOMPARE(corrected.object().value("version").toInt(), 1);
        QCOMPARE(corrected.object().value("effectiveFrom").toString(), iso(today));
        const auto now = m_reception->get(path(code));
        QCOMPARE(now.object().value("name").toString(), QStringLiteral("Một (sửa lỗi chính tả)"));
        QCOMPARE(m_admin->get(path(code, "/versions")).json.toArray().size(), 1);
        QVERIFY(feedEntries() > heardBefore);

        // A correction keeps the procedure's agency, and its cases must hold together.
        QJsonObject moved = fixed;
        moved.insert("agencyId", QStringLiteral("000.00.72.H36"));
        const auto stolen = m_admin->post(path(code, "/versions/1/correct"),
                                          QJsonObject{{"procedure", moved}, {"reason", "x"}});
        QCOMPARE(codesOf(stolen), QStringList{"catalogue.foreign_agency"});

        // End days: not before today for a version in force; not overlapping the next one.
        const auto early =
            m_admin->put(path(code, "/versions/1/end"),
                         QJsonObject{{"effectiveTo", iso(today.addDays(-1))}, {"reason", "x"}});
        QCOMPARE(early.status, 422);
        QCOMPARE(codesOf(early), QStringList{"procedure.end_too_early"});
        const auto ended = m_admin->put(
            path(code, "/versions/1/end"),
            QJsonObject{{"effectiveTo", iso(today)}, {"reason", QStringLiteral("Bãi bỏ")}});
        QVERIFY2(ended.status == 200, ended.body.c_str());
        QCOMPARE(m_reception->get(path(code, "?on=" + iso(today.addDays(1)))).code(),
                 QStringLiteral("catalogue.not_in_force"));
        QCOMPARE(m_reception->get(path(code)).status, 200); // still today

        QCOMPARE(m_admin->post(path(code, "/versions"), procedureBody(code, "Hai")).status, 201);
        const auto draftEnd =
            m_admin->put(path(code, "/versions/2/end"),
                         QJsonObject{{"effectiveTo", iso(today)}, {"reason", "x"}});
        QCOMPARE(draftEnd.status, 409);
        QCOMPARE(draftEnd.code(), QStringLiteral("procedure.is_draft"));
        QCOMPARE(m_admin
                     ->post(path(code, "/versions/2/publish"),
                            QJsonObject{{"effectiveFrom", iso(today.addDays(3))}})
                     .status,
                 200);
        const auto overlap = m_admin->put(
            path(code, "/versions/1/end"),
            QJsonObject{{"effectiveTo", QJsonValue::Null}, {"reason", QStringLiteral("Gia hạn")}});
        QCOMPARE(overlap.status, 422);
        QCOMPARE(codesOf(overlap), QStringList{"procedure.overlap"});
        // Up to the day before version 2 is fine; a version not yet in force may be withdrawn.
        QCOMPARE(m_admin
                     ->put(path(code, "/versions/1/end"),
                           QJsonObject{{"effectiveTo", iso(today.addDays(2))}, {"reason", "x"}})
                     .status,
                 200);
        QCOMPARE(m_admin
                     ->put(path(code, "/versions/2/end"),
                           QJsonObject{{"effectiveTo", iso(today.addDays(2))}, {"reason", "x"}})
                     .status,
                 200);
        QCOMPARE(m_reception->get(path(code, "?on=" + iso(today.addDays(3)))).status, 404);
        // The audit chain holds every one of these.
        QCOMPARE(m_admin->get("/api/v1/audit/verify").object().value("intact").toBool(), true);
    }

    // A record of the national database: previewed (nothing written), then imported as a draft
    // keeping our processes, published, and imported again: unchanged.
    void aNationalRecordIsPreviewedThenImportedAsADraft()
    {
        QFile f(QStringLiteral(MOTCUA_TEST_RESOURCES) + QStringLiteral("/laythutuc/2.000815.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        const QString code = QStringLiteral("2.000815");

        const auto preview = m_admin->post("/api/v1/catalogue/import", QJsonArray{record});
        QVERIFY2(preview.status == 200, preview.body.c_str());
        QCOMPARE(preview.object().value("dryRun").toBool(), true);
        const QJsonObject first = preview.object().value("results").toArray().first().toObject();
        QCOMPARE(first.value("status").toString(), QStringLiteral("changed"));
        QStringList whats;
        for (const QJsonValue& c : first.value("changes").toArray())
            whats << c.toObject().value("what").toString();
        QVERIFY2(whats.contains("name") && whats.contains("case.name") &&
                     whats.contains("paper.changed") && whats.contains("channelTime") &&
                     whats.contains("legalBasis"),
                 qPrintable(whats.join(u',')));
        // Ours, not the record's: the service level and the processes.
        QVERIFY2(!whats.contains("serviceLevel") && !whats.contains("step.changed"),
                 qPrintable(whats.join(u',')));
        QStringList notes;
        for (const QJsonValue& n : first.value("notes").toArray())
            notes << n.toObject().value("code").toString();
        QCOMPARE(notes, (QStringList{"import.unknown_agency", "import.bad_number"}));
        QCOMPARE(m_admin->get(path(code, "/versions")).json.toArray().size(), 1); // nothing written

        const auto applied =
            m_admin->post("/api/v1/catalogue/import?dryRun=false", QJsonArray{record});
        QVERIFY2(applied.status == 200, applied.body.c_str());
        const QJsonObject done = applied.object().value("results").toArray().first().toObject();
        QCOMPARE(done.value("version").toInt(), 2);
        const QJsonObject draft = m_admin->get(path(code, "/versions/2")).object();
        QVERIFY(draft.value("effectiveFrom").isNull()); // a draft: nothing published is touched
        QCOMPARE(draft.value("cases").toArray().size(), 2);
        QCOMPARE(draft.value("localCode").toString(), QStringLiteral("2.000815.000.00.00.H36"));
        for (const QJsonValue& c : draft.value("cases").toArray())
            QVERIFY(!c.toObject().value("workflow").toObject().value("steps").toArray().isEmpty());
        QCOMPARE(m_reception->get(path(code)).object().value("version").toInt(), 1);

        // Its processes kept, it publishes as it is; the same record again changes nothing.
        const auto published =
            m_admin->post(path(code, "/versions/2/publish"),
                          QJsonObject{{"effectiveFrom", iso(vietnamToday().addDays(1))}});
        QVERIFY2(published.status == 200, published.body.c_str());
        const auto again = m_admin->post("/api/v1/catalogue/import?dryRun=false", record);
        QCOMPARE(again.object().value("results").toArray().first().toObject().value("status"),
                 QJsonValue("unchanged"));
        QCOMPARE(m_admin->get(path(code, "/versions")).json.toArray().size(), 2);

        // Not the reception's, and not another agency's procedure to import into.
        QCOMPARE(m_reception->post("/api/v1/catalogue/import", record).status, 403);
        const auto theirs = m_otherAdmin->post("/api/v1/catalogue/import", record);
        QCOMPARE(theirs.object().value("results").toArray().first().toObject().value("status"),
                 QJsonValue("refused"));
        QJsonObject nameless = record;
        nameless.remove("TENTTHC");
        const auto refused = m_admin->post("/api/v1/catalogue/import", QJsonArray{nameless});
        QCOMPARE(refused.object()
                     .value("results")
                     .toArray()
                     .first()
                     .toObject()
                     .value("problems")
                     .toArray()
                     .first()
                     .toObject()
                     .value("code"),
                 QJsonValue("import.name_missing"));
        QCOMPARE(m_admin->post("/api/v1/catalogue/import?dryRun=maybe", record).status, 400);
    }

    void aRefusedPublicationListsEveryProblem()
    {
        const QString code = QStringLiteral("9.000003");
        QJsonObject broken = procedureBody(code, QStringLiteral("Quy trình hỏng"));
        broken.insert("workflow", QJsonObject{{"id", "broken"}, {"steps", QJsonArray{}}});
        QCOMPARE(m_admin->post("/api/v1/procedures", broken).status, 201);
        const auto r =
            m_admin->post(path(code, "/versions/1/publish"),
                          QJsonObject{{"effectiveFrom", iso(vietnamToday().addDays(-1))}});
        QCOMPARE(r.status, 422);
        const QStringList codes = codesOf(r);
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes.first(), QStringLiteral("procedure.effective_in_past"));
        QVERIFY2(codes.last().startsWith("workflow."), qPrintable(codes.join(',')));
        QCOMPARE(
            r.object().value("errors").toArray().last().toObject().value("field").toString().left(
                9),
            QStringLiteral("workflow."));
        const auto missing = m_admin->post(path(code, "/versions/1/publish"), QJsonObject{});
        QCOMPARE(missing.status, 422);
        QVERIFY(codesOf(missing).contains("procedure.effective_missing"));
        const auto unknown = m_admin->post(
            path(code, "/versions/1/publish"),
            QJsonObject{{"effectiveFrom", iso(vietnamToday())}, {"effectiveUntil", "2030-01-01"}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(m_admin->get(path(code)).status, 404); // still a draft
    }

    // Every change is journalled: the reception desk's feed names the procedure (its workstation
    // fetches the catalogue again), the other ward's does not.
    void changesReachTheAgencysWorkstationsOnly()
    {
        auto mentions = [](ApiClient& c, const QString& code) {
            const auto r = c.get("/api/v1/changes?since=0&limit=5000");
            for (const QJsonValue& v : r.object().value("changes").toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value("entity") == QLatin1String("procedure") && o.value("key") == code)
                    return true;
            }
            return false;
        };
        QVERIFY(mentions(*m_reception, QStringLiteral("9.000002")));
        QVERIFY(!mentions(*m_otherAdmin, QStringLiteral("9.000002")));
    }
};

QTEST_GUILESS_MAIN(TstProcedureVersions)
#include "tst_procedureversions.moc"
