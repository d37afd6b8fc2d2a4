#include "SampleData.h"
#include "TestDates.h"
#include "code/ReservedBlockPool.h"
#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/store/LocalStore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

std::unique_ptr<LocalStore> openStore(const QString& path)
{
    auto s = LocalStore::open(path);
    if (!s)
        qFatal("store not opened: %s", qPrintable(s.error().message));
    return std::move(s).value();
}

Dossier dossierWith(const QString& code, const QString& owner, const QString& id,
                    const QString& phone, const QDateTime& receivedAt)
{
    Dossier d = sampleDossier();
    d.code = code;
    d.owner.fullName = owner;
    d.owner.idNumber = id;
    d.owner.phone = phone;
    d.submitter = d.owner;
    d.representative = {};
    d.receivedAt = receivedAt;
    return d;
}

QStringList codes(const QList<DossierSummary>& list)
{
    QStringList out;
    for (const DossierSummary& s : list)
        out << s.code;
    return out;
}

OutboxItem item(const QString& request, const QString& dossier, const QString& user)
{
    OutboxItem i;
    i.requestId = request;
    i.kind = OutboxItem::kIntake;
    i.dossierCode = dossier;
    i.username = user;
    i.path = QStringLiteral("/dossiers");
    i.body = QByteArrayLiteral("{\"n\":\"") + request.toUtf8() + QByteArrayLiteral("\"}");
    i.idempotencyKey = request;
    return i;
}

} // namespace

class TstLocalStore : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void theFilesAreTheUsersOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
        auto s = LocalStore::open(path);
        QVERIFY(s);
        QVERIFY((*s)->saveDraft(QStringLiteral("k"), "{}"));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        for (const QString& f :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(f), qPrintable(f));
            QVERIFY2(!(QFile::permissions(f) & others), qPrintable(f));
        }
    }

    void migratesAFreshFileAndReopens()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh/store.sqlite"));
        {
            auto s = openStore(path);
            QCOMPARE(s->schemaVersion(), LocalStore::kSchemaVersion);
            QCOMPARE(s->filePath(), QFileInfo(path).absoluteFilePath());
            QVERIFY(s->setSetting(QStringLiteral("k"), 42));
            QVERIFY(s->saveDossier(sampleDossier(), false));
        }
        auto again = openStore(path);
        QCOMPARE(again->schemaVersion(), LocalStore::kSchemaVersion);
        QCOMPARE(again->setting(QStringLiteral("k")).toInt(), 42);
        QCOMPARE(again->dossier(sampleDossier().code), sampleDossier());
        QCOMPARE(again->calendarSettings(), CalendarSettings::standard()); // until synced
    }

    void refusesAStoreFromANewerClient()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        openStore(path).reset();
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto s = LocalStore::open(path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("store.too_new"));
    }

    void searchesFoldedNamesCodesPhonesAndIds()
    {
        auto s = openStore(m_dir.filePath(QStringLiteral("search.sqlite")));
        const QString agency = QStringLiteral("000.00.71.H36-");
        QVERIFY(s->saveDossier(dossierWith(agency + "261120-0001", "Nguyễn Văn An", "001190012345",
                                           "0912345678", vn(2026, 11, 20, 8, 0)),
                               false));
        QVERIFY(s->saveDossier(dossierWith(agency + "261120-0002", "Nguyễn Thị Ánh", "079301234567",
                                           "0987654321", vn(2026, 11, 20, 9, 0)),
                               false));
        QVERIFY(s->saveDossier(dossierWith(agency + "261121-0001", "Trần Văn Anh", "001085004321",
                                           "0243123456", vn(2026, 11, 21, 10, 0)),
                               true));
        QVERIFY(s->saveDossier(dossierWith(agency + "261121-0002", "Đặng Thị Xuân Quỳnh",
                                           "036190000001", "0912000111", vn(2026, 11, 21, 11, 0)),
                               false));

        // Accent-insensitive, by word prefix, every word must match.
        QCOMPARE(codes(s->search(QStringLiteral("nguyen van an"), 10)),
                 QStringList{agency + "261120-0001"});
        QCOMPARE(codes(s->search(QStringLiteral("NGUYEN"), 10)),
                 (QStringList{agency + "261120-0002", agency + "261120-0001"})); // newest first
        QCOMPARE(codes(s->search(QStringLiteral("van an"), 10)),
                 (QStringList{agency + "261121-0001", agency + "261120-0001"}));
        QCOMPARE(codes(s->search(QStringLiteral("dang xuan qu"), 10)),
                 QStringList{agency + "261121-0002"});
        QCOMPARE(codes(s->search(QStringLiteral("Đặng"), 10)), QStringList{agency + "261121-0002"});
        // Decomposed (NFD) input, as some keyboards type it.
        QCOMPARE(codes(s->search(
                     QStringLiteral("Nguyễn Thị").normalized(QString::NormalizationForm_D), 10)),
                 QStringList{agency + "261120-0002"});
        QVERIFY(s->search(QStringLiteral("guyen"), 10).isEmpty()); // prefixes, not substrings
        // Phones and ID numbers by prefix.
        QCOMPARE(codes(s->search(QStringLiteral("0912"), 10)),
                 (QStringList{agency + "261121-0002", agency + "261120-0001"}));
        QCOMPARE(codes(s->search(QStringLiteral("0793012"), 10)),
                 QStringList{agency + "261120-0002"});
        QCOMPARE(codes(s->search(QStringLiteral("001085004321"), 10)),
                 QStringList{agency + "261121-0001"});
        // Codes: whole (any case), the date part, a prefix with the agency.
        QCOMPARE(codes(s->search(QStringLiteral("000.00.71.h36-261120-0002"), 10)),
                 QStringList{agency + "261120-0002"});
        QCOMPARE(codes(s->search(QStringLiteral("261121"), 10)),
                 (QStringList{agency + "261121-0002", agency + "261121-0001"}));
        QCOMPARE(codes(s->search(agency + "26112", 10)).size(), 4);
        QCOMPARE(codes(s->search(agency + "261120", 10)),
                 (QStringList{agency + "261120-0002", agency + "261120-0001"}));
        // Empty text: the newest, up to the limit; summaries carry the list columns.
        const auto newest = s->search(QString(), 2);
        QCOMPARE(codes(newest), (QStringList{agency + "261121-0002", agency + "261121-0001"}));
        QCOMPARE(newest.at(1).pending, true);
        QCOMPARE(newest.at(1).ownerName, QStringLiteral("Trần Văn Anh"));
        QCOMPARE(newest.at(1).receivedAt, vn(2026, 11, 21, 10, 0));
        QCOMPARE(newest.at(1).procedureName, sampleProcedure().name);
        // Whatever a clerk types is never an FTS syntax error.
        for (const char* odd : {"\"", "*", "-", "(an", "an)", "NEAR(", "a OR b", "'", "^", "an*"})
            (void)s->search(QString::fromLatin1(odd), 10);
        QCOMPARE(codes(s->search(QStringLiteral("\"an\""), 10)).size(), 3); // An, Ánh, Anh
    }

    void anUpdateReplacesTheRowAndItsWords()
    {
        auto s = openStore(m_dir.filePath(QStringLiteral("update.sqlite")));
        Dossier d = dossierWith(QStringLiteral("000.00.71.H36-261120-0007"), "Lê Văn Tám",
                                "001190012345", "0912345678", vn(2026, 11, 20, 8, 0));
        QVERIFY(s->saveDossier(d, true));
        d.owner.fullName = QStringLiteral("Lê Văn Chín");
        d.submitter = d.owner;
        d.version = 2;
        QVERIFY(s->saveDossier(d, false));
        QCOMPARE(s->dossierCount(), 1);
        QVERIFY(s->search(QStringLiteral("tam"), 10).isEmpty());
        QCOMPARE(s->search(QStringLiteral("chin"), 10).size(), 1);
        QCOMPARE(s->dossierVersion(d.code), 2);
        QVERIFY(!s->isPending(d.code));
        d.receivedAt = vn(2026, 11, 21, 8, 0); // moves in the order
        QVERIFY(s->saveDossier(d, false));
        QCOMPARE(s->dossierCount(), 1);
        QCOMPARE(s->search(QStringLiteral("chin"), 10).size(), 1);
        QVERIFY(s->removeDossier(d.code));
        QVERIFY(s->search(QStringLiteral("chin"), 10).isEmpty());
        QVERIFY(!s->dossier(d.code));
    }

    void registerIsByVietnameseCivilDates()
    {
        auto s = openStore(m_dir.filePath(QStringLiteral("register.sqlite")));
        const QString a = QStringLiteral("000.00.71.H36-");
        // 23:59 and 00:00 Vietnam time: the machine runs in Los Angeles (see motcua_add_test).
        QVERIFY(s->saveDossier(
            dossierWith(a + "261119-0001", "A", "", "", vn(2026, 11, 19, 23, 59)), false));
        QVERIFY(s->saveDossier(dossierWith(a + "261120-0001", "B", "", "", vn(2026, 11, 20, 0, 0)),
                               false));
        QVERIFY(s->saveDossier(
            dossierWith(a + "261120-0002", "C", "", "", vn(2026, 11, 20, 23, 59)), false));
        QVERIFY(s->saveDossier(dossierWith(a + "261121-0001", "D", "", "", vn(2026, 11, 21, 0, 0)),
                               false));
        QCOMPARE(codes(s->receivedBetween(QDate(2026, 11, 20), QDate(2026, 11, 20))),
                 (QStringList{a + "261120-0001", a + "261120-0002"})); // in order of receipt
        QCOMPARE(s->receivedBetween(QDate(2026, 11, 19), QDate(2026, 11, 21)).size(), 4);
        QVERIFY(s->receivedBetween(QDate(2026, 11, 21), QDate(2026, 11, 20)).isEmpty());
    }

    void draftsSurviveReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("drafts.sqlite"));
        {
            auto s = openStore(path);
            QVERIFY(s->saveDraft(QStringLiteral("intake/1"), QByteArrayLiteral("{\"a\":1}")));
            QVERIFY(s->saveDraft(QStringLiteral("intake/2"), QByteArrayLiteral("{\"b\":2}")));
            QVERIFY(s->saveDraft(QStringLiteral("intake/1"), QByteArrayLiteral("{\"a\":3}")));
        }
        auto s = openStore(path);
        QCOMPARE(s->draft(QStringLiteral("intake/1")), QByteArrayLiteral("{\"a\":3}"));
        QCOMPARE(s->draftKeys().size(), 2);
        QVERIFY(s->removeDraft(QStringLiteral("intake/2")));
        QCOMPARE(s->draftKeys(), QStringList{QStringLiteral("intake/1")});
        QVERIFY(!s->draft(QStringLiteral("intake/2")));
    }

    void theOutboxKeepsItsOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        {
            auto s = openStore(path);
            for (const auto& [req, code, user] : {std::tuple{"r1", "A", "lan"},
                                                  {"r2", "B", "lan"},
                                                  {"r3", "A", "lan"},
                                                  {"r4", "C", "minh"},
                                                  {"r5", "D", "lan"}}) {
                QVERIFY(
                    s->enqueue(item(QLatin1String(req), QLatin1String(code), QLatin1String(user))));
            }
            QVERIFY(!s->enqueue(item(QStringLiteral("r1"), QStringLiteral("Z"),
                                     QStringLiteral("lan")))); // a request is queued once
        }
        auto s = openStore(path);
        QCOMPARE(s->pendingCount(), 5);
        QStringList order;
        for (const OutboxItem& i : s->outbox())
            order << i.requestId;
        QCOMPARE(order, (QStringList{"r1", "r2", "r3", "r4", "r5"}));
        QCOMPARE(s->outbox().first().body, QByteArrayLiteral("{\"n\":\"r1\"}"));

        auto first = s->nextPending(QStringLiteral("lan"));
        QVERIFY(first);
        QCOMPARE(first->requestId, QStringLiteral("r1"));
        // A parked item holds back the later items of its dossier, not the others.
        OutboxItem parked = *first;
        parked.state = OutboxItem::kConflict;
        parked.serverBody = QByteArrayLiteral("{}");
        parked.attempts = 2;
        QVERIFY(s->updateOutboxItem(parked));
        QCOMPARE(s->nextPending(QStringLiteral("lan"))->requestId, QStringLiteral("r2"));
        QVERIFY(s->removeOutboxItem(s->nextPending(QStringLiteral("lan"))->id));
        QCOMPARE(s->nextPending(QStringLiteral("lan"))->requestId, QStringLiteral("r5"));
        QCOMPARE(s->nextPending(QStringLiteral("minh"))->requestId, QStringLiteral("r4"));
        const auto reread = s->outboxItem(parked.id);
        QVERIFY(reread);
        QCOMPARE(reread->state, OutboxItem::kConflict);
        QCOMPARE(reread->attempts, 2);
        QVERIFY(s->hasOutboxItems(QStringLiteral("A")));
        QVERIFY(!s->hasOutboxItems(QStringLiteral("B")));
        QCOMPARE(s->pendingCount(), 4);
    }

    void attachmentsAreKeptOnceAndFollowTheirDossier()
    {
        const QString path = m_dir.filePath(QStringLiteral("attachments.sqlite"));
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4 scanned");
        AttachmentInfo a;
        a.dossierCode = QStringLiteral("A");
        a.componentId = 1;
        a.sha256 = QStringLiteral("aa11");
        a.name = QStringLiteral("Giấy khai sinh.pdf");
        a.mime = QStringLiteral("application/pdf");
        a.size = pdf.size();
        a.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
        a.createdBy = QStringLiteral("lan");
        {
            auto s = openStore(path);
            QVERIFY(s->addAttachment(a, pdf));
            // Listed on the server without bytes (not downloaded): a row of its own.
            AttachmentInfo listed = a;
            listed.componentId = 2;
            listed.onServer = true;
            QVERIFY(s->addAttachment(listed, QByteArray()));
        }
        auto s = openStore(path);
        QList<AttachmentInfo> rows = s->attachments(QStringLiteral("A"));
        QCOMPARE(rows.size(), 2);
        AttachmentInfo expected = a;
        expected.hasBytes = true;
        QCOMPARE(rows.at(0), expected);
        QCOMPARE(rows.at(1).componentId, 2);
        QVERIFY(rows.at(1).onServer);
        QVERIFY(!rows.at(1).hasBytes);
        QCOMPARE(s->attachmentBytes(QStringLiteral("A"), QStringLiteral("aa11")), pdf);
        QVERIFY(!s->attachmentBytes(QStringLiteral("B"), QStringLiteral("aa11")));

        // Added again (a download of what we have): the row gains bytes, on_server stays set.
        AttachmentInfo again = rows.at(1);
        again.onServer = false;
        QVERIFY(s->addAttachment(again, pdf));
        QVERIFY(s->attachment(QStringLiteral("A"), 2, QStringLiteral("aa11"))->hasBytes);
        QVERIFY(s->attachment(QStringLiteral("A"), 2, QStringLiteral("aa11"))->onServer);
        QVERIFY(!s->attachment(QStringLiteral("A"), 1, QStringLiteral("aa11"))->onServer);
        QVERIFY(s->markAttachmentOnServer(QStringLiteral("A"), 1, QStringLiteral("aa11")));
        QVERIFY(s->attachment(QStringLiteral("A"), 1, QStringLiteral("aa11"))->onServer);

        // The dossier got another code: its files follow; a row the new code has already wins.
        AttachmentInfo there = a;
        there.dossierCode = QStringLiteral("B");
        there.name = QStringLiteral("downloaded.pdf");
        QVERIFY(s->addAttachment(there, pdf));
        QVERIFY(s->moveAttachments(QStringLiteral("A"), QStringLiteral("B")));
        QVERIFY(s->attachments(QStringLiteral("A")).isEmpty());
        rows = s->attachments(QStringLiteral("B"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(s->attachment(QStringLiteral("B"), 1, QStringLiteral("aa11"))->name,
                 QStringLiteral("downloaded.pdf"));
        QVERIFY(s->removeAttachment(QStringLiteral("B"), 2, QStringLiteral("aa11")));
        QCOMPARE(s->attachments(QStringLiteral("B")).size(), 1);
        QVERIFY(!s->attachment(QStringLiteral("B"), 2, QStringLiteral("aa11")));
    }

    void reservedNumbersAreNeverReusedAfterReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("codes.sqlite"));
        const QString agency = QStringLiteral("000.00.71.H36");
        const QDate day(2026, 11, 20);
        QList<int> first;
        {
            auto s = openStore(path);
            ReservedBlockPool pool;
            LocalStore* store = s.get();
            pool.setPersistHook(
                [store](const QByteArray& b) { return store->saveCodePoolState(b); });
            QVERIFY(pool.addBlock(CodeBlock{agency, day, 101, 5}));
            for (int i = 0; i < 3; ++i)
                first << *pool.next(agency, day);
            pool.setPersistHook({});
        } // as if the process died here
        auto s = openStore(path);
        ReservedBlockPool pool;
        QVERIFY(pool.restoreState(s->codePoolState()));
        QCOMPARE(first, (QList<int>{101, 102, 103}));
        QCOMPARE(*pool.next(agency, day), 104);
        QCOMPARE(pool.remaining(agency, day), 1);
    }

    void offlineLoginChecksThePasswordAndTheAccount()
    {
        auto s = openStore(m_dir.filePath(QStringLiteral("login.sqlite")));
        User lan{QStringLiteral("demo-reception"),
                 QStringLiteral("Nguyễn Thị Lan"),
                 {Role::Receptionist},
                 QStringLiteral("000.00.71.H36"),
                 QStringLiteral("Một cửa"),
                 {},
                 {},
                 true,
                 1};
        QVERIFY(s->rememberCredentials(lan, QStringLiteral("Mật-khẩu-2026!")));
        auto ok = s->verifyOfflineLogin(QStringLiteral("demo-reception"),
                                        QStringLiteral("Mật-khẩu-2026!"));
        QVERIFY(ok);
        QCOMPARE(ok->fullName, lan.fullName);
        // The same password typed decomposed (NFD) is the same password.
        QVERIFY(s->verifyOfflineLogin(
            QStringLiteral("demo-reception"),
            QStringLiteral("Mật-khẩu-2026!").normalized(QString::NormalizationForm_D)));
        auto wrong =
            s->verifyOfflineLogin(QStringLiteral("demo-reception"), QStringLiteral("mat-khau"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("auth.invalid_credentials"));
        auto unknown = s->verifyOfflineLogin(QStringLiteral("nobody"), QStringLiteral("x"));
        QCOMPARE(unknown.error().code, QStringLiteral("auth.offline_unknown_user"));
        // Disabled on the server, as the last sync of the users said.
        User disabled = lan;
        disabled.active = false;
        QVERIFY(s->replaceUsers({disabled}));
        auto refused = s->verifyOfflineLogin(QStringLiteral("demo-reception"),
                                             QStringLiteral("Mật-khẩu-2026!"));
        QCOMPARE(refused.error().code, QStringLiteral("auth.account_disabled"));
        QVERIFY(s->forgetCredentials(QStringLiteral("demo-reception")));
        QCOMPARE(s->verifyOfflineLogin(QStringLiteral("demo-reception"),
                                       QStringLiteral("Mật-khẩu-2026!"))
                     .error()
                     .code,
                 QStringLiteral("auth.offline_unknown_user"));
    }

    void thePasswordIsNotInTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("secret.sqlite"));
        {
            auto s = openStore(path);
            User u;
            u.username = QStringLiteral("u");
            QVERIFY(s->rememberCredentials(u, QStringLiteral("Very-Secret-Pass-77")));
        }
        for (const QString& f : {path, path + "-wal"}) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY(!file.readAll().contains("Very-Secret-Pass-77"));
        }
    }

    void catalogueSettingsAndCounterOutcomes()
    {
        auto s = openStore(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
        const Procedure p = sampleProcedure();
        Agency a;
        a.id = p.agencyId;
        a.name = QStringLiteral("UBND phường Ba Đình");
        QVERIFY(s->replaceCatalogue({a}, {Field{p.fieldCode, QStringLiteral("Hộ tịch")}}, {p}));
        QCOMPARE(s->procedure(p.nationalCode), p);
        QCOMPARE(s->procedure(p.localCode), p);
        QVERIFY(!s->procedure(QStringLiteral("9.999999")));
        QCOMPARE(s->procedures().size(), 1);
        QCOMPARE(s->agency(a.id)->name, a.name);
        QCOMPARE(s->fields().size(), 1);

        CalendarSettings cal = CalendarSettings::standard();
        cal.cutoff = QTime(16, 0);
        QVERIFY(s->saveCalendar(cal, 3));
        QCOMPARE(s->calendarSettings(), cal);
        QCOMPARE(s->calendarVersion(), 3);

        QVERIFY(s->touchProcedure(QStringLiteral("1.1")));
        QVERIFY(s->touchProcedure(QStringLiteral("1.2")));
        QVERIFY(s->touchProcedure(QStringLiteral("1.1")));
        QCOMPARE(s->recentProcedures(5).first(), QStringLiteral("1.1"));
        QCOMPARE(s->recentProcedures(1).size(), 1);

        QVERIFY(s->setSetting(QStringLiteral("url"), QUrl(QStringLiteral("http://x:1"))));
        QCOMPARE(s->setting(QStringLiteral("url")).toUrl(), QUrl(QStringLiteral("http://x:1")));
        QCOMPARE(s->setting(QStringLiteral("missing"), 7).toInt(), 7);

        QVERIFY(s->recordCounterOutcome(
            QStringLiteral("guide"), QJsonObject{{"procedureCode", p.nationalCode},
                                                 {"applicant", "Nguyễn Văn An"},
                                                 {"clerk", "demo-reception"},
                                                 {"reasons", QJsonArray{"Thiếu giấy chứng sinh"}},
                                                 {"at", "2026-11-20T09:00:00+07:00"}}));
        QVERIFY(!s->recordCounterOutcome(QStringLiteral("lost"), {}));
        const auto outcomes = s->counterOutcomes(QDate(2026, 11, 20), QDate(2026, 11, 20));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().applicant, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(outcomes.first().at, vn(2026, 11, 20, 9, 0));
        QCOMPARE(outcomes.first().details.value("reasons").toArray().size(), 1);
    }

    // The counter offers the version in force on the day: one published for a later day takes
    // effect on that day without a sync; a version replaced before taking effect never does.
    void aVersionForALaterDayTakesEffectOnItsDayOffline()
    {
        auto s = openStore(m_dir.filePath(QStringLiteral("versions.sqlite")));
        const QDate today(2026, 12, 7), tomorrow = today.addDays(1);
        Procedure v1 = sampleProcedure(), v2 = v1, v3 = v1;
        v1.version = 1;
        v1.effectiveFrom = QDate(2025, 7, 1);
        v1.effectiveTo = today;
        v2.version = 2;
        v2.effectiveFrom = tomorrow;
        v2.effectiveTo = today; // replaced by version 3 before it took effect
        v3.version = 3;
        v3.effectiveFrom = tomorrow;
        v3.statutoryTime.value = 5;
        QVERIFY(s->replaceCatalogue({}, {}, {v1, v2, v3}));
        QCOMPARE(s->procedure(v1.nationalCode, today), v1);
        QCOMPARE(s->procedure(v1.localCode, tomorrow), v3);
        QVERIFY(!s->procedure(v1.nationalCode, QDate(2025, 6, 30)));
        QCOMPARE(s->procedures(today), QList<Procedure>{v1});
        QCOMPARE(s->procedures(tomorrow), QList<Procedure>{v3});
    }

    // A store of schema 3 keeps its catalogue through the upgrade (the counter may be offline):
    // the rows, synced before versions had days, count as in force on every day.
    void theCatalogueSurvivesTheUpgradeToVersions()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema3.sqlite"));
        const Procedure p = sampleProcedure();
        openStore(path).reset();
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE procedure_versions")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE form_files"))); // schema 5's
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE procedures (national_code TEXT PRIMARY "
                                          "KEY, local_code TEXT, name TEXT NOT NULL, field_code "
                                          "TEXT, doc BLOB NOT NULL)")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO procedures VALUES (?, ?, ?, ?, ?)")));
            q.addBindValue(p.nationalCode);
            q.addBindValue(p.localCode);
            q.addBindValue(p.name);
            q.addBindValue(p.fieldCode);
            q.addBindValue(codec::encode(p));
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto s = openStore(path);
        QCOMPARE(s->schemaVersion(), LocalStore::kSchemaVersion);
        QCOMPARE(s->procedure(p.nationalCode, QDate(2026, 12, 7)), p);
        QCOMPARE(s->procedure(p.localCode, QDate(2030, 1, 1))->version, p.version);
    }

    void twoThreadsWriteAtOnce()
    {
        // One instance per thread; the busy timeout makes writers wait for each other.
        const QString path = m_dir.filePath(QStringLiteral("threads.sqlite"));
        auto mine = openStore(path);
        std::atomic<int> failures{0};
        QThread* other = QThread::create([&] {
            auto theirs = LocalStore::open(path);
            if (!theirs) {
                ++failures;
                return;
            }
            for (int i = 0; i < 100; ++i) {
                Dossier d = sampleDossier();
                d.code = QStringLiteral("000.00.71.H36-261120-%1").arg(i + 1, 4, 10, QChar(u'0'));
                d.receivedAt = vn(2026, 11, 20, 8, 0).addSecs(i);
                if (!(*theirs)->saveDossier(d, false))
                    ++failures;
            }
        });
        other->start();
        for (int i = 0; i < 100; ++i) {
            if (!mine->saveDraft(QStringLiteral("d%1").arg(i), QByteArrayLiteral("{}")))
                ++failures;
        }
        QVERIFY(other->wait(60000));
        delete other;
        QCOMPARE(failures.load(), 0);
        QCOMPARE(mine->dossierCount(), 100);
        QCOMPARE(mine->draftKeys().size(), 100);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstLocalStore)
#include "tst_localstore.moc"
