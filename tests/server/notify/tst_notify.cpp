#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua::test;

// Citizen notifications end to end: the real motcua-server process, a fake brand-name SMS gateway
// (fake_sms_gateway.py) and a local SMTP server (fake_smtp.py, aiosmtpd), all on loopback ports
// chosen by the kernel. Nothing sleeps: the tests poll the delivery log with a deadline.

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;
const QString kScripts = QStringLiteral(MOTCUA_NOTIFY_SCRIPTS);
const QString kPython = QStringLiteral(MOTCUA_SYSTEM_PYTHON);
constexpr int kDeliveryTimeoutMs = 20000;

// A helper process that prints the port it listens on as its first line.
class Fake {
public:
    bool start(const QString& script, const QStringList& args)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(kPython, QStringList{kScripts + u'/' + script} + args);
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < 15000 &&
               m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        m_port = quint16(m_process.readLine().trimmed().toUInt());
        return m_port != 0;
    }
    ~Fake()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

QJsonObject intakeBody()
{
    return QJsonObject{
        {"procedureCode", "1.001193"},
        {"channel", "direct"},
        {"applicantType", "citizen"},
        {"owner", QJsonObject{{"fullName", "Trần Thị Bé"},
                              {"idNumber", "001190012345"},
                              {"phone", "0912 345 678"},
                              {"address", "Số 1 Trần Phú, Đà Lạt"}}},
        // The submitter stood at the counter and waits for news: messages go to them.
        {"submitter", QJsonObject{{"fullName", "Trần Văn Đức"},
                                  {"idNumber", "001085004321"},
                                  {"phone", "0987 654 321"},
                                  {"email", "duc.tran@example.vn"}}},
        {"components", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}},
                                  QJsonObject{{"componentId", 2}, {"originals", 1}},
                                  QJsonObject{{"componentId", 4}, {"photocopies", 1}}}},
    };
}

// "HH:mm dd/MM/yyyy" in Vietnam time, as the messages print an instant.
QString civil(const QJsonValue& isoInstant)
{
    return QDateTime::fromString(isoInstant.toString(), Qt::ISODateWithMs)
        .toOffsetFromUtc(7 * 3600)
        .toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QJsonObject messageOf(ApiClient& c, const QString& code, const QString& event,
                      const QString& channel)
{
    const auto r = c.get("/api/v1/dossiers/" + code.toStdString() + "/notifications");
    for (const auto& v : r.json.toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value("event").toString() == event && m.value("channel").toString() == channel)
            return m;
    }
    return {};
}

QList<QJsonObject> gatewayRequests(const QString& logPath)
{
    QList<QJsonObject> out;
    QFile f(logPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

QList<QJsonObject> mails(const QString& dir)
{
    QList<QJsonObject> out;
    const QDir d(dir);
    for (const QString& name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append(QJsonDocument::fromJson(f.readAll()).object());
    }
    return out;
}

QJsonObject mailTo(const QString& dir, const QString& subject)
{
    for (const QJsonObject& m : mails(dir)) {
        if (m.value("subject").toString() == subject)
            return m;
    }
    return {};
}

} // namespace

class TstNotify : public QObject {
    Q_OBJECT
private:
    QStringList serverArgs(const QString& smsUrl, const QStringList& extra = {}) const
    {
        QStringList args{"--demo",
                         "--set",
                         "motcua.auth.argon2.memoryKiB=64",
                         "--set",
                         "motcua.auth.argon2.iterations=1",
                         "--set",
                         "motcua.notify.sms.url=" + smsUrl,
                         "--set",
                         "motcua.notify.sms.apiKeyHeader=X-Api-Key",
                         "--set",
                         "motcua.notify.sms.apiKey=k-123",
                         "--set",
                         "motcua.notify.sms.brandname=UBND-DEMO",
                         "--set",
                         "motcua.notify.sms.successField=CodeResult",
                         "--set",
                         "motcua.notify.sms.successValue=100",
                         "--set",
                         "motcua.notify.smtp.host=127.0.0.1",
                         "--set",
                         QStringLiteral("motcua.notify.smtp.port=%1").arg(m_smtp.port()),
                         "--set",
                         "motcua.notify.smtp.sender=motcua@ubnd.example.vn",
                         "--set",
                         "motcua.notify.smtp.username=motcua-mail",
                         "--set",
                         "motcua.notify.smtp.password=Mat-khau-1",
                         "--set",
                         "motcua.notify.smtp.timeoutSeconds=5",
                         "--set",
                         "motcua.notify.sms.timeoutSeconds=5",
                         "--set",
                         "motcua.notify.lookupUrl=https://dvc.example.vn/tra-cuu?ma={code}",
                         "--set",
                         "motcua.notify.pollMilliseconds=50",
                         "--set",
                         "motcua.notify.retry.firstDelayMilliseconds=100",
                         "--set",
                         "motcua.notify.retry.maxDelayMilliseconds=400",
                         "--set",
                         "motcua.notify.retry.maxAttempts=3"};
        args += extra;
        if (m_pg)
            args << "--database" << QString::fromStdString(m_pg->connectionString());
        return args;
    }
    QString smsUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/send").arg(m_gateway.port());
    }

    QTemporaryDir m_dir;
    Fake m_gateway, m_smtp;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<ServerProcess> m_server;
    QString m_gatewayLog, m_mailDir;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kPython), "python3 is needed for the fake gateway and SMTP server");
        m_gatewayLog = m_dir.filePath("gateway.jsonl");
        m_mailDir = m_dir.filePath("mail");
        QVERIFY(QDir().mkpath(m_mailDir));
        // The gateway fails its first two requests: the first message needs three attempts.
        QVERIFY2(m_gateway.start("fake_sms_gateway.py", {m_gatewayLog, "2"}),
                 qPrintable(m_gateway.errors()));
        QVERIFY2(m_smtp.start("fake_smtp.py", {m_mailDir, "motcua-mail", "Mat-khau-1"}),
                 qPrintable("the SMTP fake needs Debian's python3-aiosmtpd: " + m_smtp.errors()));
        if (kBackend == "postgres") {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(!m_pg->connectionString().empty(), m_pg->error().c_str());
        }
        m_server = std::make_unique<ServerProcess>(QStringLiteral(MOTCUA_SERVER_BIN));
        m_server->setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(m_server->start(serverArgs(smsUrl())), qPrintable(m_server->output()));
    }
    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void acceptanceReachesTheSubmitterBySmsAfterRetriesAndByEmail()
    {
        ApiClient reception(m_server->port());
        reception.login("demo-reception", kPassword);
        const auto accepted = reception.post("/api/v1/dossiers", intakeBody());
        QVERIFY2(accepted.status == 201, accepted.body.c_str());
        const QString code = accepted.object().value("code").toString();
        const QString appointment = civil(accepted.object().value("appointmentAt"));
        const QString expectedSms =
            QStringLiteral("Hồ sơ %1 đã được tiếp nhận. Hẹn trả kết quả: %2.")
                .arg(code, appointment);

        QJsonObject sms;
        QTRY_VERIFY_WITH_TIMEOUT((sms = messageOf(reception, code, "accepted", "sms"),
                                  sms.value("state").toString() == QLatin1String("delivered")),
                                 kDeliveryTimeoutMs);
        QCOMPARE(sms.value("recipient").toString(), QStringLiteral("0987654321"));
        QCOMPARE(sms.value("text").toString(), expectedSms);
        QCOMPARE(sms.value("attempts").toInt(), 3);
        QVERIFY(sms.value("deliveredAt").isString());
        const QJsonArray log = sms.value("log").toArray();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).toObject().value("outcome").toString(), QStringLiteral("failed"));
        QVERIFY2(log.at(0).toObject().value("error").toString().contains("HTTP 503"),
                 qPrintable(log.at(0).toObject().value("error").toString()));
        QCOMPARE(log.at(1).toObject().value("outcome").toString(), QStringLiteral("failed"));
        QCOMPARE(log.at(2).toObject().value("outcome").toString(), QStringLiteral("delivered"));
        QCOMPARE(log.at(2).toObject().value("error").toString(), QString());
        // Back-off: the second failure waited at least the first delay after the first one.
        const auto at = [&](int i) {
            return QDateTime::fromString(log.at(i).toObject().value("at").toString(),
                                         Qt::ISODateWithMs);
        };
        QVERIFY(at(0).msecsTo(at(1)) >= 100);
        QVERIFY(at(1).msecsTo(at(2)) >= 200);

        // Exactly what the gateway received, three times: the brand-name JSON body and the key.
        const auto requests = gatewayRequests(m_gatewayLog);
        QCOMPARE(requests.size(), 3);
        for (const QJsonObject& r : requests) {
            QCOMPARE(r.value("method").toString(), QStringLiteral("POST"));
            QCOMPARE(r.value("path").toString(), QStringLiteral("/send"));
            const QJsonObject headers = r.value("headers").toObject();
            QCOMPARE(headers.value("x-api-key").toString(), QStringLiteral("k-123"));
            QVERIFY(headers.value("content-type").toString().startsWith("application/json"));
            const QJsonObject body =
                QJsonDocument::fromJson(r.value("body").toString().toUtf8()).object();
            QCOMPARE(body, (QJsonObject{{"phone", "0987654321"},
                                        {"message", expectedSms},
                                        {"brandname", "UBND-DEMO"}}));
        }

        QJsonObject email;
        QTRY_VERIFY_WITH_TIMEOUT((email = messageOf(reception, code, "accepted", "email"),
                                  email.value("state").toString() == QLatin1String("delivered")),
                                 kDeliveryTimeoutMs);
        QCOMPARE(email.value("attempts").toInt(), 1);
        QCOMPARE(email.value("recipient").toString(), QStringLiteral("duc.tran@example.vn"));
        const QString subject = QStringLiteral("Đã tiếp nhận hồ sơ %1").arg(code);
        QCOMPARE(email.value("subject").toString(), subject);
        QJsonObject mail;
        QTRY_VERIFY_WITH_TIMEOUT((mail = mailTo(m_mailDir, subject), !mail.isEmpty()), 5000);
        QCOMPARE(mail.value("rcptTos").toArray(), QJsonArray{"duc.tran@example.vn"});
        QCOMPARE(mail.value("mailFrom").toString(), QStringLiteral("motcua@ubnd.example.vn"));
        QCOMPARE(mail.value("login").toString(), QStringLiteral("motcua-mail")); // AUTH PLAIN
        QCOMPARE(mail.value("charset").toString(), QStringLiteral("utf-8"));
        // The subject travelled as an encoded word (headers are ASCII) and decodes back exactly.
        QVERIFY(mail.value("raw").toString().contains("=?UTF-8?"));
        const QString body = mail.value("body").toString().replace("\r\n", "\n");
        QVERIFY2(body.startsWith(
                     QStringLiteral("Kính gửi ông/bà Trần Văn Đức,\n\nHồ sơ %1 (").arg(code)),
                 qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Thời gian hẹn trả kết quả: %1.").arg(appointment)),
                 qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("https://dvc.example.vn/tra-cuu?ma=%1").arg(code)),
                 qPrintable(body));
    }

    void aDeadGatewayDelaysMessagesButNeverAnAction()
    {
        ApiClient gateway(m_gateway.port());
        QCOMPARE(gateway.get("/control?fail=-1").status, 200); // fails for ever from now on

        ApiClient reception(m_server->port()), specialist(m_server->port()),
            admin(m_server->port());
        reception.login("demo-reception", kPassword);
        specialist.login("demo-specialist", kPassword);
        admin.login("demo-admin", kPassword);
        const auto accepted = reception.post("/api/v1/dossiers", intakeBody());
        QVERIFY2(accepted.status == 201, accepted.body.c_str());
        const QString code = accepted.object().value("code").toString();
        const std::string actions = "/api/v1/dossiers/" + code.toStdString() + "/actions";
        const QString reason = QStringLiteral("Bổ sung bản sao giấy chứng sinh có chứng thực");
        const auto r = specialist.post(
            actions,
            QJsonObject{{"action", "requestSupplement"}, {"version", 1}, {"comment", reason}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("supplementRequested"));

        // The SMS gives up after three attempts; the e-mail still arrives.
        QJsonObject sms;
        QTRY_VERIFY_WITH_TIMEOUT((sms = messageOf(specialist, code, "supplementRequested", "sms"),
                                  sms.value("state").toString() == QLatin1String("failed")),
                                 kDeliveryTimeoutMs);
        QCOMPARE(sms.value("attempts").toInt(), 3);
        QVERIFY(sms.value("lastError").toString().contains("HTTP 503"));
        QVERIFY(sms.value("deliveredAt").isNull());
        QVERIFY(sms.value("nextAttemptAt").isNull());
        QJsonObject email;
        QTRY_VERIFY_WITH_TIMEOUT(
            (email = messageOf(specialist, code, "supplementRequested", "email"),
             email.value("state").toString() == QLatin1String("delivered")),
            kDeliveryTimeoutMs);
        QVERIFY2(email.value("text").toString().contains(reason),
                 qPrintable(email.value("text").toString()));

        // Administrators see the failed ones across dossiers.
        auto failed = admin.get("/api/v1/notifications?state=failed");
        QCOMPARE(failed.status, 200);
        bool listed = false;
        for (const auto& v : failed.object().value("items").toArray()) {
            QCOMPARE(v.toObject().value("state").toString(), QStringLiteral("failed"));
            listed = listed || v.toObject().value("dossierCode").toString() == code;
        }
        QVERIFY(listed);
        QCOMPARE(admin.get("/api/v1/notifications?state=lost").status, 400);
        QCOMPARE(reception.get("/api/v1/notifications").status, 403);

        QCOMPARE(gateway.get("/control?fail=0").status, 200);
    }

    void administratorsEditTemplates()
    {
        ApiClient admin(m_server->port()), reception(m_server->port());
        admin.login("demo-admin", kPassword);
        reception.login("demo-reception", kPassword);
        const auto list = reception.get("/api/v1/notification-templates");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.toArray().size(), 5); // accepted … resultReady, stepEntered
        const auto one = reception.get("/api/v1/notification-templates/resultReady");
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value("custom").toBool(), false);
        QVERIFY(one.object().value("placeholders").toArray().contains("appointment"));
        QCOMPARE(reception.get("/api/v1/notification-templates/birthday").status, 404);

        QJsonObject t{{"sms", "UBND: hồ sơ {code} đã có kết quả, mời ông/bà {name} đến nhận."},
                      {"emailSubject", "Kết quả hồ sơ {code}"},
                      {"emailBody", "Kính gửi {name}: hồ sơ {code} đã có kết quả."}};
        QCOMPARE(reception.put("/api/v1/notification-templates/resultReady", t).status, 403);
        QJsonObject bad = t;
        bad["sms"] = "Hồ sơ {ma} đã có kết quả";
        auto r = admin.put("/api/v1/notification-templates/resultReady", bad);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("notification.unknown_placeholder"));
        QCOMPARE(r.object().value("field").toString(), QStringLiteral("sms"));
        bad["sms"] = QString(130, u'ạ') + "{code}";
        r = admin.put("/api/v1/notification-templates/resultReady", bad);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("notification.sms_too_long"));
        r = admin.put("/api/v1/notification-templates/resultReady", t);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("custom").toBool(), true);
        QCOMPARE(r.object().value("updatedBy").toString(), QStringLiteral("demo-admin"));
        QCOMPARE(r.object().value("sms").toString(), t.value("sms").toString());

        // The next result uses it.
        ApiClient specialist(m_server->port()), leader(m_server->port());
        specialist.login("demo-specialist", kPassword);
        leader.login("demo-leader", kPassword);
        const auto accepted = reception.post("/api/v1/dossiers", intakeBody());
        QVERIFY2(accepted.status == 201, accepted.body.c_str());
        const QString code = accepted.object().value("code").toString();
        const std::string actions = "/api/v1/dossiers/" + code.toStdString() + "/actions";
        const auto forwarded =
            specialist.post(actions, QJsonObject{{"action", "forward"}, {"version", 1}});
        QVERIFY2(forwarded.status == 200, forwarded.body.c_str());
        QCOMPARE(leader.post(actions, QJsonObject{{"action", "approve"}, {"version", 2}}).status,
                 200);
        QCOMPARE(reception.post(actions, QJsonObject{{"action", "markResultReady"}, {"version", 3}})
                     .status,
                 200);
        QJsonObject sms;
        QTRY_VERIFY_WITH_TIMEOUT((sms = messageOf(reception, code, "resultReady", "sms"),
                                  sms.value("state").toString() == QLatin1String("delivered")),
                                 kDeliveryTimeoutMs);
        QCOMPARE(sms.value("text").toString(),
                 QStringLiteral("UBND: hồ sơ %1 đã có kết quả, mời ông/bà Trần Văn Đức đến nhận.")
                     .arg(code));
        // Nothing else was told: accepted and resultReady only, once per channel.
        const auto all = reception.get("/api/v1/dossiers/" + code.toStdString() + "/notifications")
                             .json.toArray();
        QCOMPARE(all.size(), 4);
    }

    void anApprovedApologyTellsTheNewAppointment()
    {
        ApiClient reception(m_server->port()), specialist(m_server->port()), head(m_server->port());
        reception.login("demo-reception", kPassword);
        specialist.login("demo-specialist", kPassword);
        head.login("demo-head-tuphap", kPassword);
        const auto accepted = reception.post("/api/v1/dossiers", intakeBody());
        QVERIFY2(accepted.status == 201, accepted.body.c_str());
        const QString code = accepted.object().value("code").toString();
        const QDateTime old =
            QDateTime::fromString(accepted.object().value("appointmentAt").toString(), Qt::ISODate);
        const QDateTime later = old.addDays(3);
        const std::string actions = "/api/v1/dossiers/" + code.toStdString() + "/actions";
        const QString reason = QStringLiteral("Chờ xác minh tại UBND xã nơi sinh");

        // No proposal yet; the proposal needs the new appointment.
        auto r = head.post(actions, QJsonObject{{"action", "approveApology"}, {"version", 1}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("workflow.no_pending_apology"));
        r = specialist.post(
            actions,
            QJsonObject{{"action", "proposeApology"}, {"version", 1}, {"comment", reason}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("workflow.appointment_required"));
        QCOMPARE(r.object().value("field").toString(), QStringLiteral("newAppointment"));
        r = specialist.post(actions, QJsonObject{{"action", "proposeApology"},
                                                 {"version", 1},
                                                 {"comment", reason},
                                                 {"newAppointment", later.toString(Qt::ISODate)}});
        QVERIFY2(r.status == 200, r.body.c_str());
        QCOMPARE(r.object().value("apologies").toArray().size(), 1);
        // Proposing tells the citizen nothing yet; the head of the unit's approval does.
        r = specialist.post(actions, QJsonObject{{"action", "approveApology"}, {"version", 2}});
        QCOMPARE(r.status, 403);
        r = head.post(
            actions,
            QJsonObject{{"action", "approveApology"}, {"version", 2}, {"comment", "Đồng ý"}});
        QVERIFY2(r.status == 200, r.body.c_str());
        QCOMPARE(r.object().value("countedLate").toBool(), true);
        QCOMPARE(QDateTime::fromString(r.object().value("appointmentAt").toString(), Qt::ISODate),
                 later);

        QJsonObject sms;
        QTRY_VERIFY_WITH_TIMEOUT((sms = messageOf(reception, code, "apologyApproved", "sms"),
                                  sms.value("state").toString() == QLatin1String("delivered")),
                                 kDeliveryTimeoutMs);
        QCOMPARE(sms.value("text").toString(),
                 QStringLiteral("Xin lỗi ông/bà: hồ sơ %1 chưa thể trả đúng hẹn. Hẹn trả kết quả "
                                "mới: %2.")
                     .arg(code, civil(r.object().value("appointmentAt"))));
        QJsonObject email;
        QTRY_VERIFY_WITH_TIMEOUT((email = messageOf(reception, code, "apologyApproved", "email"),
                                  email.value("state").toString() == QLatin1String("delivered")),
                                 kDeliveryTimeoutMs);
        QVERIFY(email.value("text").toString().contains(QStringLiteral("Lý do: ") + reason));
        QVERIFY(email.value("text").toString().contains(
            civil(accepted.object().value("appointmentAt"))));
        QCOMPARE(messageOf(reception, code, "proposeApology", "sms"), QJsonObject());
    }

    void staffOfAnotherAgencyCannotReadTheLog()
    {
        ApiClient anonymous(m_server->port());
        QCOMPARE(anonymous.get("/api/v1/notifications").status, 401);
        QCOMPARE(anonymous.get("/api/v1/dossiers/X/notifications").status, 401);
        ApiClient reception(m_server->port());
        reception.login("demo-reception", kPassword);
        const auto accepted = reception.post("/api/v1/dossiers", intakeBody());
        QCOMPARE(accepted.status, 201);
        const std::string log = "/api/v1/dossiers/" +
                                accepted.object().value("code").toString().toStdString() +
                                "/notifications";
        QTRY_VERIFY(!reception.get(log).json.toArray().isEmpty()); // there is something to see
        // The other ward's staff and administrator: the dossier's log is as if it did not exist,
        // and the outbox list holds nothing of the first ward.
        ApiClient other(m_server->port());
        QCOMPARE(other.login("demo-lb-reception", kPassword).status, 200);
        QCOMPARE(other.get(log).status, 404);
        QCOMPARE(other.get(log).code(),
                 other.get("/api/v1/dossiers/000.00.72.H36-010101-0001/notifications").code());
        ApiClient otherAdmin(m_server->port());
        QCOMPARE(otherAdmin.login("demo-lb-admin", kPassword).status, 200);
        QCOMPARE(otherAdmin.get(log).status, 404);
        const auto outbox = otherAdmin.get("/api/v1/notifications?pageSize=500");
        QCOMPARE(outbox.status, 200);
        QVERIFY2(outbox.body.find("000.00.71.H36") == std::string::npos, outbox.body.c_str());
    }

    void theResultDocumentIsComponentZero()
    {
        ApiClient reception(m_server->port());
        reception.login("demo-reception", kPassword);
        const auto accepted = reception.post("/api/v1/dossiers", intakeBody());
        const QString code = accepted.object().value("code").toString();
        const std::string pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
        const auto up = reception.request("POST",
                                          "/api/v1/dossiers/" + code.toStdString() +
                                              "/components/0/attachments?name=ket-qua.pdf",
                                          pdf, {{"Content-Type", "application/pdf"}});
        QCOMPARE(up.status, 201);
        QCOMPARE(up.object().value("componentId").toInt(), 0);
        // Nothing became digitised and the dossier did not change.
        QCOMPARE(up.object().value("dossierVersion").toInt(), 1);
        const auto list =
            reception.get("/api/v1/dossiers/" + code.toStdString() + "/attachments").json.toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value("componentId").toInt(), 0);
        QCOMPARE(list.at(0).toObject().value("name").toString(), QStringLiteral("ket-qua.pdf"));
        const auto d = reception.get("/api/v1/dossiers/" + code.toStdString()).object();
        for (const auto& c : d.value("components").toArray())
            QCOMPARE(c.toObject().value("digitised").toBool(), false);
        // Component 99 still does not exist.
        QCOMPARE(
            reception
                .request("POST",
                         "/api/v1/dossiers/" + code.toStdString() + "/components/99/attachments",
                         pdf, {{"Content-Type", "application/pdf"}})
                .status,
            404);
    }

    void undeliveredMessagesSurviveARestart()
    {
        // A gateway address nobody listens on: a port the kernel gave us, closed again.
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        QCOMPARE(m_server->stop(), 0);
        const QString dead = QStringLiteral("http://127.0.0.1:%1/send").arg(deadPort);
        const QStringList patient{"--set", "motcua.notify.retry.maxAttempts=1000", "--set",
                                  "motcua.notify.channels=sms"};
        QVERIFY2(m_server->start(serverArgs(dead, patient)), qPrintable(m_server->output()));

        ApiClient reception(m_server->port());
        reception.login("demo-reception", kPassword);
        QElapsedTimer t;
        t.start();
        const auto accepted = reception.post("/api/v1/dossiers", intakeBody());
        QVERIFY2(accepted.status == 201, accepted.body.c_str());
        QVERIFY2(t.elapsed() < 5000, "intake must not wait for the gateway");
        const QString code = accepted.object().value("code").toString();
        QJsonObject sms;
        QTRY_VERIFY_WITH_TIMEOUT((sms = messageOf(reception, code, "accepted", "sms"),
                                  sms.value("attempts").toInt() >= 2),
                                 kDeliveryTimeoutMs);
        QCOMPARE(sms.value("state").toString(), QStringLiteral("pending"));
        QVERIFY(!sms.value("lastError").toString().isEmpty());
        const int before = gatewayRequests(m_gatewayLog).size();

        // Restarted with the live gateway: the message waiting in the outbox goes out.
        QCOMPARE(m_server->stop(), 0);
        QVERIFY2(m_server->start(serverArgs(smsUrl(), patient)), qPrintable(m_server->output()));
        ApiClient again(m_server->port());
        again.login("demo-reception", kPassword);
        QTRY_VERIFY_WITH_TIMEOUT((sms = messageOf(again, code, "accepted", "sms"),
                                  sms.value("state").toString() == QLatin1String("delivered")),
                                 kDeliveryTimeoutMs);
        const auto requests = gatewayRequests(m_gatewayLog);
        QCOMPARE(requests.size(), before + 1);
        QVERIFY(requests.last().value("body").toString().contains(code));
    }
};

QTEST_GUILESS_MAIN(TstNotify)
#include "tst_notify.moc"
