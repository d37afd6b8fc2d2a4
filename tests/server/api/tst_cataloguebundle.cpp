// Our own catalogue moved between two real motcua-servers: the first one's administrator
// changes a procedure's process and publishes it for tomorrow, exports the catalogue; the second
// server previews the import (what is new, what changed, what is the same), applies it, and ends
// with the same versions — days, processes and all; the same document again changes nothing; a
// catalogue that went its own way is refused, not merged.
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
const QString kCode = QStringLiteral("1.001193");
const std::string kForm = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

QDate vietnamToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
}

QStringList args()
{
    return {"--demo", "--set", "motcua.auth.argon2.memoryKiB=64", "--set",
            "motcua.auth.argon2.iterations=1"};
}

QJsonObject resultFor(const ApiClient::Reply& r, const QString& code)
{
    for (const QJsonValue& v : r.object().value("results").toArray()) {
        if (v.toObject().value("nationalCode").toString() == code)
            return v.toObject();
    }
    return {};
}

QMap<QString, int> statusCount(const ApiClient::Reply& r)
{
    QMap<QString, int> out;
    for (const QJsonValue& v : r.object().value("results").toArray())
        ++out[v.toObject().value("status").toString()];
    return out;
}

} // namespace

class TstCatalogueBundle : public QObject {
    Q_OBJECT

    ServerProcess m_source{QStringLiteral(MOTCUA_SERVER_BIN)};
    ServerProcess m_target{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<ApiClient> m_sourceAdmin, m_targetAdmin, m_targetReception;
    QJsonObject m_bundle;
    QString m_formSha;

    std::unique_ptr<ApiClient> login(ServerProcess& server, const char* user)
    {
        auto c = std::make_unique<ApiClient>(server.port());
        const auto r = c->login(user, kPassword);
        if (r.status != 200)
            qFatal("login %s: %s", user, r.body.c_str());
        return c;
    }

private slots:
    void initTestCase()
    {
        m_source.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(m_source.start(args()), qPrintable(m_source.output()));
        QStringList target = args();
        if (kBackend == "postgres") {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(!m_pg->connectionString().empty(), m_pg->error().c_str());
            target << "--database" << QString::fromStdString(m_pg->connectionString());
        }
        m_target.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(m_target.start(target), qPrintable(m_target.output()));
        m_sourceAdmin = login(m_source, "demo-admin");
        m_targetAdmin = login(m_target, "demo-admin");
        m_targetReception = login(m_target, "demo-reception");
    }

    // The servers stop (and say how) before their PostgreSQL database is dropped.
    void cleanupTestCase()
    {
        QCOMPARE(m_target.stop(), 0);
        QCOMPARE(m_source.stop(), 0);
    }

    void theSourceChangesAProcessAndExports()
    {
        QJsonObject p = m_sourceAdmin->get(("/api/v1/procedures/" + kCode).toStdString()).object();
        QJsonObject w = p.value("workflow").toObject();
        QJsonArray steps = w.value("steps").toArray();
        QJsonObject process = steps.at(1).toObject();
        process.insert("notifyCitizen", true);
        process.insert("duration", QJsonObject{{"value", 2}, {"unit", "workingHours"}});
        steps.replace(1, process);
        w.insert("steps", steps);
        p.insert("workflow", w);
        // The declaration's blank form on its paper: the document carries the file.
        const auto form = m_sourceAdmin->request("POST", "/api/v1/forms?name=to-khai.pdf", kForm,
                                                 {{"Content-Type", "application/pdf"}});
        QVERIFY2(form.status == 201, form.body.c_str());
        m_formSha = form.object().value("sha256").toString();
        QJsonArray papers = p.value("components").toArray();
        QJsonObject first = papers.at(0).toObject();
        first.insert("formSha256", m_formSha);
        first.insert("formName", "Tờ khai đăng ký khai sinh.pdf");
        papers.replace(0, first);
        p.insert("components", papers);
        p.remove("version");
        p.remove("effectiveFrom");
        p.remove("effectiveTo");
        const auto draft =
            m_sourceAdmin->post(("/api/v1/procedures/" + kCode + "/versions").toStdString(), p);
        QVERIFY2(draft.status == 201, draft.body.c_str());
        const auto published = m_sourceAdmin->post(
            ("/api/v1/procedures/" + kCode + "/versions/2/publish").toStdString(),
            QJsonObject{{"effectiveFrom", vietnamToday().addDays(1).toString(Qt::ISODate)}});
        QVERIFY2(published.status == 200, published.body.c_str());

        const auto exported = m_sourceAdmin->get("/api/v1/catalogue/export");
        QCOMPARE(exported.status, 200);
        m_bundle = exported.object();
        QCOMPARE(m_bundle.value("format").toString(), QStringLiteral("motcua-catalogue"));
        QVERIFY(m_bundle.value("fields").toArray().size() >= 5);
        // Only the first ward's procedures, each with every version.
        const QJsonArray procedures = m_bundle.value("procedures").toArray();
        QVERIFY(procedures.size() >= 30);
        bool found = false;
        for (const QJsonValue& v : procedures) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue& version : o.value("versions").toArray())
                QCOMPARE(version.toObject().value("agencyId").toString(),
                         QStringLiteral("000.00.71.H36"));
            if (o.value("nationalCode").toString() == kCode) {
                found = true;
                QCOMPARE(o.value("versions").toArray().size(), 2);
            }
        }
        QVERIFY(found);
        const QJsonArray forms = m_bundle.value("forms").toArray();
        QCOMPARE(forms.size(), 1);
        QCOMPARE(forms.at(0).toObject().value("sha256").toString(), m_formSha);
        QCOMPARE(QByteArray::fromBase64(forms.at(0).toObject().value("data").toString().toLatin1())
                     .toStdString(),
                 kForm);
    }

    // A document naming a form it does not carry (and this server lacks) is refused for that
    // procedure; a damaged form refuses the document.
    void aDocumentWithoutItsFormsIsRefused()
    {
        QJsonObject bare = m_bundle;
        bare.remove("forms");
        const auto preview =
            m_targetAdmin->post("/api/v1/catalogue/import-bundle?dryRun=true", bare);
        QCOMPARE(preview.status, 200);
        const QJsonObject birth = resultFor(preview, kCode);
        QCOMPARE(birth.value("status").toString(), QStringLiteral("refused"));
        const QJsonObject problem = birth.value("problems").toArray().first().toObject();
        QCOMPARE(problem.value("code").toString(), QStringLiteral("procedure.unknown_form"));
        QCOMPARE(problem.value("field").toString(),
                 QStringLiteral("versions[1].components[0].formSha256"));

        QJsonObject damaged = m_bundle;
        QJsonArray forms = damaged.value("forms").toArray();
        QJsonObject f = forms.at(0).toObject();
        f.insert("data", QString::fromLatin1(QByteArray("%PDF-1.4 other").toBase64()));
        forms.replace(0, f);
        damaged.insert("forms", forms);
        const auto bad =
            m_targetAdmin->post("/api/v1/catalogue/import-bundle?dryRun=true", damaged);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QStringLiteral("bundle.bad_form"));
        QCOMPARE(m_targetReception->get("/api/v1/forms/" + m_formSha.toStdString()).status, 404);
    }

    void theTargetPreviewsThenTakesIt()
    {
        const auto preview =
            m_targetAdmin->post("/api/v1/catalogue/import-bundle?dryRun=true", m_bundle);
        QVERIFY2(preview.status == 200, preview.body.c_str());
        QCOMPARE(preview.object().value("dryRun").toBool(), true);
        // Same demo on both sides: one procedure has a new version, the rest are the same.
        const QJsonObject birth = resultFor(preview, kCode);
        QCOMPARE(birth.value("status").toString(), QStringLiteral("changed"));
        const QJsonArray changes = birth.value("changes").toArray();
        QCOMPARE(changes.size(), 2); // version 2 added, version 1 ends tonight
        QCOMPARE(statusCount(preview).value("changed"), 1);
        QCOMPARE(statusCount(preview).value("refused"), 0);
        // Nothing written by a preview.
        QCOMPARE(m_targetAdmin->get(("/api/v1/procedures/" + kCode + "/versions").toStdString())
                     .json.toArray()
                     .size(),
                 1);

        const auto applied =
            m_targetAdmin->post("/api/v1/catalogue/import-bundle?dryRun=false", m_bundle);
        QVERIFY2(applied.status == 200, applied.body.c_str());
        const QJsonArray here =
            m_targetAdmin->get(("/api/v1/procedures/" + kCode + "/versions").toStdString())
                .json.toArray();
        const QJsonArray there =
            m_sourceAdmin->get(("/api/v1/procedures/" + kCode + "/versions").toStdString())
                .json.toArray();
        QCOMPARE(here, there); // versions, days, processes, forms named: the same
        const auto form = m_targetReception->get("/api/v1/forms/" + m_formSha.toStdString());
        QCOMPARE(form.status, 200);
        QCOMPARE(form.body, kForm);
        // Today the counter still receives version 1 on the target too.
        QCOMPARE(m_targetReception->get(("/api/v1/procedures/" + kCode).toStdString())
                     .object()
                     .value("version")
                     .toInt(),
                 1);
    }

    void theSameDocumentAgainChangesNothing()
    {
        const auto again =
            m_targetAdmin->post("/api/v1/catalogue/import-bundle?dryRun=false", m_bundle);
        QCOMPARE(again.status, 200);
        const auto counts = statusCount(again);
        QCOMPARE(counts.keys(), QStringList{"unchanged"});
        QCOMPARE(m_targetAdmin->get(("/api/v1/procedures/" + kCode + "/versions").toStdString())
                     .json.toArray()
                     .size(),
                 2);
    }

    void aCatalogueThatWentItsOwnWayIsRefused()
    {
        // A version 2 that says something else than the target's (as if one side had corrected
        // it on its own): the two catalogues went separate ways.
        QJsonObject bundle = m_bundle;
        QJsonArray procedures = bundle.value("procedures").toArray();
        for (qsizetype i = 0; i < procedures.size(); ++i) {
            QJsonObject o = procedures.at(i).toObject();
            if (o.value("nationalCode").toString() != kCode)
                continue;
            QJsonArray versions = o.value("versions").toArray();
            QJsonObject v2 = versions.at(1).toObject();
            v2.insert("name", QStringLiteral("Đăng ký khai sinh (bản khác)"));
            versions.replace(1, v2);
            o.insert("versions", versions);
            procedures.replace(i, o);
        }
        bundle.insert("procedures", procedures);
        const auto refused =
            m_targetAdmin->post("/api/v1/catalogue/import-bundle?dryRun=false", bundle);
        QCOMPARE(refused.status, 200);
        const QJsonObject birth = resultFor(refused, kCode);
        QCOMPARE(birth.value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(birth.value("problems").toArray().first().toObject().value("code").toString(),
                 QStringLiteral("bundle.version_differs"));
        QCOMPARE(birth.value("problems").toArray().first().toObject().value("field").toString(),
                 QStringLiteral("versions[1]"));

        QJsonObject wrong = m_bundle;
        wrong.insert("format", "something-else");
        QCOMPARE(m_targetAdmin->post("/api/v1/catalogue/import-bundle", wrong).code(),
                 QStringLiteral("bundle.format"));
        QCOMPARE(m_targetReception->post("/api/v1/catalogue/import-bundle", m_bundle).status, 403);
    }
};

QTEST_GUILESS_MAIN(TstCatalogueBundle)
#include "tst_cataloguebundle.moc"
