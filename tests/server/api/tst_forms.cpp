// The blank forms (mẫu đơn) of procedures' papers through the API, on a real motcua-server: an
// administrator uploads a file (its type told by content), names it on a paper of a draft, and
// every member of staff downloads it byte for byte; a paper naming a form the server does not
// hold is refused with the paper's path; a wrong file is refused with the reason.
#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <memory>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

using namespace motcua::test;

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;

// A small but real PDF: the server only sniffs its head; the counter renders it elsewhere.
const std::string kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R "
                         ">>\n%%EOF\n";

// The head and directory names of a Word file (a ZIP whose entries name word/document.xml).
std::string docx()
{
    std::string b("PK\x03\x04", 4);
    b += std::string(26, '\0') + "[Content_Types].xml" + std::string(40, 'x');
    b += "PK\x01\x02" + std::string(42, '\0') + "word/document.xml";
    return b;
}

std::string sha256(const std::string& bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

QStringList codesOf(const ApiClient::Reply& r)
{
    QStringList out;
    for (const QJsonValue& e : r.object().value("errors").toArray())
        out << e.toObject().value("code").toString();
    return out;
}

QStringList fieldsOf(const ApiClient::Reply& r)
{
    QStringList out;
    for (const QJsonValue& e : r.object().value("errors").toArray())
        out << e.toObject().value("field").toString();
    return out;
}

} // namespace

class TstForms : public QObject {
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<ApiClient> m_admin, m_reception, m_otherReception;
    QString m_pdfSha;

    ApiClient::Reply upload(ApiClient& c, const std::string& name, const std::string& bytes)
    {
        return c.request("POST", "/api/v1/forms?name=" + name, bytes,
                         {{"Content-Type", "application/octet-stream"}});
    }

    // A new draft of 1.001193 whose first paper names `sha` (and `name`).
    ApiClient::Reply draftNaming(const QString& sha, const QString& name)
    {
        QJsonObject p = m_admin->get("/api/v1/procedures/1.001193").object();
        QJsonArray papers = p.value("components").toArray();
        QJsonObject first = papers.at(0).toObject();
        first.insert("formSha256", sha);
        first.insert("formName", name);
        papers.replace(0, first);
        p.insert("components", papers);
        p.remove("version");
        p.remove("effectiveFrom");
        p.remove("effectiveTo");
        return m_admin->post("/api/v1/procedures/1.001193/versions", p);
    }

private slots:
    void initTestCase()
    {
        QStringList args{"--demo",
                         "--set",
                         "motcua.auth.argon2.memoryKiB=64",
                         "--set",
                         "motcua.auth.argon2.iterations=1",
                         "--set",
                         "motcua.forms.maxBytes=4096"};
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
            return r.status == 200 ? std::move(c) : nullptr;
        };
        m_admin = login("demo-admin");
        m_reception = login("demo-reception");
        m_otherReception = login("demo-lb-reception");
        QVERIFY(m_admin && m_reception && m_otherReception);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void anAdministratorUploadsAForm()
    {
        const auto r = upload(*m_admin, "to-khai-khai-sinh.pdf", kPdf);
        QVERIFY2(r.status == 201, r.body.c_str());
        const QJsonObject o = r.object();
        QCOMPARE(o.value("sha256").toString().toStdString(), sha256(kPdf));
        QCOMPARE(o.value("mime").toString(), QStringLiteral("application/pdf"));
        QCOMPARE(o.value("name").toString(), QStringLiteral("to-khai-khai-sinh.pdf"));
        QCOMPARE(o.value("size").toInteger(), qint64(kPdf.size()));
        m_pdfSha = o.value("sha256").toString();
        // The same bytes again keep their first name: one file, one row.
        const auto again = upload(*m_admin, "copy.pdf", kPdf);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.object().value("name").toString(), QStringLiteral("to-khai-khai-sinh.pdf"));
        // A Word form is a form too.
        const auto word = upload(*m_admin, "to-khai.docx", docx());
        QVERIFY2(word.status == 201, word.body.c_str());
        QCOMPARE(word.object().value("mime").toString(),
                 QStringLiteral(
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    void aWrongFileIsRefusedWithTheReason()
    {
        const auto text = upload(*m_admin, "to-khai.pdf", "Họ và tên: ............");
        QCOMPARE(text.status, 415);
        QCOMPARE(text.code(), QStringLiteral("form.unsupported_type"));
        const auto unnamed = upload(*m_admin, "", kPdf);
        QCOMPARE(unnamed.status, 400);
        QCOMPARE(unnamed.code(), QStringLiteral("form.bad_name"));
        const auto big = upload(*m_admin, "big.pdf", kPdf + std::string(5000, ' '));
        QCOMPARE(big.status, 413);
        // Only administrators change the catalogue's files.
        QCOMPARE(upload(*m_reception, "x.pdf", kPdf).status, 403);
    }

    void staffDownloadTheFormByteForByte()
    {
        for (ApiClient* c : {m_reception.get(), m_otherReception.get(), m_admin.get()}) {
            const auto r = c->get("/api/v1/forms/" + m_pdfSha.toStdString());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.contentType, std::string("application/pdf"));
            QCOMPARE(r.body, kPdf);
        }
        QCOMPARE(m_reception->get("/api/v1/forms/" + std::string(64, 'a')).status, 404);
        ApiClient anonymous(m_server.port());
        QCOMPARE(anonymous.get("/api/v1/forms/" + m_pdfSha.toStdString()).status, 401);
    }

    void aPaperNamesItsFormInADraft()
    {
        const auto unknown = draftNaming(QString(64, u'b'), QStringLiteral("x.pdf"));
        QCOMPARE(unknown.status, 422);
        QCOMPARE(codesOf(unknown), QStringList{"procedure.unknown_form"});
        QCOMPARE(fieldsOf(unknown), QStringList{"components[0].formSha256"});
        const auto malformed = draftNaming(QStringLiteral("ABC"), QString());
        QCOMPARE(malformed.status, 422);
        QCOMPARE(codesOf(malformed),
                 (QStringList{"procedure.form_invalid", "procedure.form_invalid"}));
        QCOMPARE(fieldsOf(malformed),
                 (QStringList{"components[0].formSha256", "components[0].formName"}));

        const auto draft = draftNaming(m_pdfSha, QStringLiteral("Tờ khai đăng ký khai sinh.pdf"));
        QVERIFY2(draft.status == 201, draft.body.c_str());
        const int n = draft.object().value("version").toInt();
        const auto read = m_admin->get("/api/v1/procedures/1.001193/versions/" + std::to_string(n));
        const QJsonObject paper = read.object().value("components").toArray().at(0).toObject();
        QCOMPARE(paper.value("formSha256").toString(), m_pdfSha);
        QCOMPARE(paper.value("formName").toString(),
                 QStringLiteral("Tờ khai đăng ký khai sinh.pdf"));
        // The upload is journalled (the audit log) under the uploader's agency.
        const auto feed = m_admin->get("/api/v1/changes?since=0&limit=5000");
        QCOMPARE(feed.status, 200);
        bool uploaded = false;
        for (const QJsonValue& v : feed.object().value("changes").toArray())
            uploaded |= v.toObject().value("entity").toString() == QLatin1String("form") &&
                        v.toObject().value("key").toString() == m_pdfSha;
        QVERIFY(uploaded);
    }

    // The national record names a form the server cannot fetch: a new import of the procedure
    // keeps the form an administrator uploaded for a paper of the same name.
    void aNationalImportKeepsTheUploadedForm()
    {
        const QJsonObject draft = m_admin->get("/api/v1/procedures/1.001193/versions/2").object();
        const QString paper =
            draft.value("components").toArray().at(0).toObject().value("name").toString();
        const QJsonObject record{
            {"MATTHC", "1.001193"},
            {"TENTTHC", draft.value("name").toString()},
            {"THANHPHANHOSO",
             QJsonArray{QJsonObject{
                 {"TRUONGHOP", ""},
                 {"GIAYTO",
                  QJsonArray{QJsonObject{{"TENGIAYTO", paper},
                                         {"SOBANCHINH", "1"},
                                         {"TENMAUDON", "Tờ khai"},
                                         {"URL", "https://example.gov.vn/tk.docx"}},
                             QJsonObject{{"TENGIAYTO", "Giấy tờ mới"}, {"SOBANCHINH", "1"}}}}}}}};
        const auto imported = m_admin->post("/api/v1/catalogue/import?dryRun=false", record);
        QVERIFY2(imported.status == 200, imported.body.c_str());
        const QJsonArray papers = m_admin->get("/api/v1/procedures/1.001193/versions/2")
                                      .object()
                                      .value("components")
                                      .toArray();
        QCOMPARE(papers.size(), 2);
        QCOMPARE(papers.at(0).toObject().value("formSha256").toString(), m_pdfSha);
        QCOMPARE(papers.at(0).toObject().value("formName").toString(),
                 QStringLiteral("Tờ khai đăng ký khai sinh.pdf"));
        QVERIFY(papers.at(1).toObject().value("formSha256").toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstForms)
#include "tst_forms.moc"
