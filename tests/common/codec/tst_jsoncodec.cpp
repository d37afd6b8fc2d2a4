#include "SampleData.h"
#include "TestDates.h"
#include "calendar/CalendarSettings.h"
#include "codec/JsonCodec.h"
#include "domain/Agency.h"
#include "domain/Field.h"
#include "domain/IntakeRequest.h"
#include "domain/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

template <typename T> T roundTrip(const T& value)
{
    const QByteArray text = codec::encode(value);
    auto back = codec::decode<T>(text);
    if (!back)
        qFatal("decode failed: %s", qPrintable(back.error().describe()));
    return *back;
}

QByteArray withField(const QByteArray& json, const QString& path, const QJsonValue& value)
{
    // Replace (or remove, for Undefined) one top-level or one-level-nested field.
    QJsonObject o = QJsonDocument::fromJson(json).object();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (value.isUndefined())
            o.remove(parts[0]);
        else
            o.insert(parts[0], value);
    } else {
        QJsonObject inner = o.value(parts[0]).toObject();
        if (value.isUndefined())
            inner.remove(parts[1]);
        else
            inner.insert(parts[1], value);
        o.insert(parts[0], inner);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What a newer server may send: one more field in every object, at every depth.
QJsonValue withFieldEverywhere(const QJsonValue& v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray())
            out.append(withFieldEverywhere(e));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), withFieldEverywhere(it.value()));
    out.insert(QStringLiteral("addedInAFutureVersion"), QJsonObject{{"nested", true}});
    return out;
}

} // namespace

class TstJsonCodec : public QObject {
    Q_OBJECT
private slots:
    void dossierRoundTripsExactly()
    {
        const Dossier d = sampleDossier();
        QCOMPARE(roundTrip(d), d);
    }

    void dossierWireFormIsStable()
    {
        // These names and forms are the contract with the client and the API users.
        const QJsonObject o = codec::toJson(sampleDossier()).toObject();
        QCOMPARE(o.value("code").toString(), QStringLiteral("000.00.53.H48-261120-0042"));
        QCOMPARE(o.value("status").toString(), QStringLiteral("registered"));
        QCOMPARE(o.value("channel").toString(), QStringLiteral("direct"));
        QCOMPARE(o.value("applicantType").toString(), QStringLiteral("citizen"));
        QCOMPARE(o.value("receivedAt").toString(), QStringLiteral("2026-11-20T09:30:00+07:00"));
        QCOMPARE(o.value("owner").toObject().value("fullName").toString(),
                 QStringLiteral("Nguyễn Thị Ánh"));
        QCOMPARE(o.value("owner").toObject().value("birthDate").toString(),
                 QStringLiteral("1990-05-17"));
        QCOMPARE(o.value("fees").toArray().at(0).toObject().value("amountVnd").toInteger(), 8000);
        QCOMPARE(o.value("statutoryTime").toObject().value("unit").toString(),
                 QStringLiteral("workingDays"));
        QCOMPARE(o.value("finishedAt").type(), QJsonValue::Null);
        QCOMPARE(o.value("history").toArray().at(0).toObject().value("stepTimeliness").toString(),
                 QStringLiteral("onTime"));
    }

    void apologiesAndTheNewAppointmentTravel()
    {
        Dossier d = sampleDossier();
        Apology a;
        a.proposedAt = vn(2026, 11, 24, 9, 0);
        a.proposedBy = QStringLiteral("demo-specialist");
        a.reason = QStringLiteral("Chờ xác minh tại UBND xã");
        a.previousAppointment = vn(2026, 11, 26, 17, 0);
        a.newAppointment = vn(2026, 12, 1, 17, 0);
        d.apologies = {a};
        a.approvedAt = vn(2026, 11, 25, 8, 0);
        a.approvedBy = QStringLiteral("demo-leader");
        d.apologies.append(a);
        QCOMPARE(roundTrip(d), d);
        const QJsonObject o = codec::toJson(d).toObject();
        const QJsonObject pending = o.value("apologies").toArray().at(0).toObject();
        QCOMPARE(pending.value("newAppointment").toString(),
                 QStringLiteral("2026-12-01T17:00:00+07:00"));
        QCOMPARE(pending.value("approvedAt").type(), QJsonValue::Null);

        // Dossiers stored before apologies existed (workstation caches) still decode.
        const auto old = codec::decode<Dossier>(withField(codec::encode(sampleDossier()),
                                                          QStringLiteral("apologies"),
                                                          QJsonValue(QJsonValue::Undefined)));
        QVERIFY2(old, qPrintable(old ? QString() : old.error().describe()));
        QVERIFY(old->apologies.isEmpty());
        // An apology needs its new appointment.
        QJsonObject broken = o;
        QJsonArray list = broken.value("apologies").toArray();
        QJsonObject first = list.at(0).toObject();
        first.remove("newAppointment");
        list[0] = first;
        broken.insert("apologies", list);
        const auto bad = codec::decode<Dossier>(QJsonDocument(broken).toJson());
        QVERIFY(!bad);
        QCOMPARE(bad.error().path, QStringLiteral("apologies[0].newAppointment"));

        ActionCommand c;
        c.action = WorkflowAction::ProposeApology;
        c.version = 4;
        c.comment = QStringLiteral("Chờ xác minh");
        c.newAppointment = vn(2026, 12, 1, 17, 0);
        QCOMPARE(roundTrip(c), c);
        QCOMPARE(codec::toJson(c).toObject().value("action").toString(),
                 QStringLiteral("proposeApology"));
        // Older clients send no newAppointment at all.
        const auto plain = codec::decode<ActionCommand>(
            QByteArray(R"({"action":"comment","version":2,"comment":"x"})"));
        QVERIFY(plain);
        QCOMPARE(plain->action, WorkflowAction::Comment);
        QVERIFY(plain->newAppointment.isNull());
        QCOMPARE(*parseEnum<WorkflowAction>(QStringLiteral("approveApology")),
                 WorkflowAction::ApproveApology);
    }

    void instantsAreWrittenInVietnamTimeWhateverTheirZone()
    {
        Dossier d = sampleDossier();
        d.receivedAt = QDateTime(QDate(2026, 1, 31), QTime(20, 0, 0, 250), Qt::UTC);
        const QJsonObject o = codec::toJson(d).toObject();
        QCOMPARE(o.value("receivedAt").toString(), QStringLiteral("2026-02-01T03:00:00.250+07:00"));
        QCOMPARE(roundTrip(d).receivedAt, d.receivedAt);
    }

    void instantsWithAnyOffsetDecodeToTheSameInstant()
    {
        QByteArray json = codec::encode(sampleDossier());
        json = withField(json, "receivedAt", QStringLiteral("2026-11-20T02:30:00Z"));
        auto d = codec::decode<Dossier>(json);
        QVERIFY(d);
        QCOMPARE(d->receivedAt, vn(2026, 11, 20, 9, 30));
    }

    void procedureUserAgencyFieldCalendarRoundTrip()
    {
        const Procedure p = sampleProcedure();
        QCOMPARE(roundTrip(p), p);

        User u{QStringLiteral("demo-leader"),
               QStringLiteral("Lê Thị Hồng"),
               {Role::Leader, Role::Specialist},
               QStringLiteral("000.00.53.H48"),
               QStringLiteral("Tư pháp - Hộ tịch"),
               QStringLiteral("0243123456"),
               QStringLiteral("hong@example.vn"),
               false,
               12};
        QCOMPARE(roundTrip(u), u);

        Agency a{QStringLiteral("000.00.53.H48"),
                 QStringLiteral("UBND phường Ba Đình"),
                 QStringLiteral("000.00.00.H48"),
                 QDate(2025, 7, 1),
                 QDate(),
                 QString(),
                 QStringLiteral("Số 1 Đội Cấn"),
                 QStringLiteral("0243")};
        QCOMPARE(roundTrip(a), a);

        Field f{QStringLiteral("G09-TP02"), QStringLiteral("Hộ tịch")};
        QCOMPARE(roundTrip(f), f);

        CalendarSettings c = CalendarSettings::standard();
        c.weekly[5] = {{QTime(7, 30), QTime(11, 30)}};
        c.cutoff = QTime(15, 30);
        c.overrides = {
            {QDate(2024, 4, 29), false, QStringLiteral("Hoán đổi"), {}},
            {QDate(2024, 5, 4), true, QStringLiteral("Làm bù"), {{QTime(8, 0), QTime(11, 0, 30)}}}};
        QCOMPARE(roundTrip(c), c);
        QCOMPARE(
            codec::toJson(c).toObject().value("weekly").toObject().value("sat").toArray().size(),
            1);

        const QList<Dossier> list{sampleDossier(), sampleDossier()};
        QCOMPARE(roundTrip(list), list);
    }

    void randomisedDossiersRoundTrip()
    {
        // Property: whatever values the fields hold, decode(encode(x)) == x.
        QRandomGenerator rng(20261122);
        const QString alphabet =
            QStringLiteral("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠỳỹ \"\\/\n\t{}[],:0123456789");
        auto text = [&](int max) {
            QString s;
            const int n = rng.bounded(max + 1);
            for (int i = 0; i < n; ++i)
                s += alphabet.at(rng.bounded(alphabet.size()));
            return s;
        };
        for (int i = 0; i < 300; ++i) {
            Dossier d = sampleDossier();
            d.owner.fullName = text(40);
            d.owner.address = text(80);
            d.components[0].note = text(20);
            d.components[1].originals = rng.bounded(1001);
            d.fees[0].amountVnd = rng.bounded(Q_INT64_C(9007199254740991));
            d.status = static_cast<DossierStatus>(1 + rng.bounded(10));
            d.receivedAt =
                QDateTime::fromMSecsSinceEpoch(rng.bounded(Q_INT64_C(4102444800000)), Qt::UTC);
            d.version = rng.bounded(Q_INT64_C(1) << 40);
            d.history[0].stepTimeliness =
                rng.bounded(2) ? std::optional<Timeliness>() : Timeliness::Late;
            QCOMPARE(roundTrip(d), d);
        }
    }

    void badInputNamesTheFieldAndTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const QByteArray good = codec::encode(sampleDossier());
        QTest::newRow("syntax") << QByteArray("{\"code\": ") << "codec.invalid_json"
                                << "";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "codec.wrong_type"
                                       << "";
        QTest::newRow("missing code")
            << withField(good, "code", QJsonValue::Undefined) << "codec.missing_field"
            << "code";
        QTest::newRow("null required")
            << withField(good, "status", QJsonValue::Null) << "codec.missing_field"
            << "status";
        QTest::newRow("unknown field")
            << withField(good, "colour", QStringLiteral("red")) << "codec.unknown_field"
            << "colour";
        QTest::newRow("unknown nested")
            << withField(good, "owner.nickname", QStringLiteral("x")) << "codec.unknown_field"
            << "owner.nickname";
        QTest::newRow("wrong type nested")
            << withField(good, "owner.fullName", 42) << "codec.wrong_type"
            << "owner.fullName";
        QTest::newRow("bad enum") << withField(good, "channel", QStringLiteral("fax"))
                                  << "codec.bad_value"
                                  << "channel";
        QTest::newRow("bad date") << withField(good, "owner.birthDate",
                                               QStringLiteral("1990-02-30"))
                                  << "codec.bad_value"
                                  << "owner.birthDate";
        QTest::newRow("date time without offset")
            << withField(good, "receivedAt", QStringLiteral("2026-11-20T09:30:00"))
            << "codec.bad_value"
            << "receivedAt";
        QTest::newRow("fraction") << withField(good, "sets", 1.5) << "codec.out_of_range"
                                  << "sets";
        QTest::newRow("zero sets") << withField(good, "sets", 0) << "codec.out_of_range"
                                   << "sets";
        QTest::newRow("beyond 2^53")
            << withField(good, "version", 9007199254740993.0) << "codec.out_of_range"
            << "version";
        QTest::newRow("string for bool")
            << withField(good, "refused", QStringLiteral("true")) << "codec.wrong_type"
            << "refused";

        QJsonObject o = QJsonDocument::fromJson(good).object();
        QJsonArray comps = o.value("components").toArray();
        QJsonObject c1 = comps.at(1).toObject();
        c1.insert("originals", -1);
        comps.replace(1, c1);
        o.insert("components", comps);
        QTest::newRow("negative count in list") << QJsonDocument(o).toJson() << "codec.out_of_range"
                                                << "components[1].originals";

        o = QJsonDocument::fromJson(good).object();
        QJsonObject wf = o.value("workflow").toObject();
        QJsonArray steps = wf.value("steps").toArray();
        QJsonObject s2 = steps.at(2).toObject();
        s2.insert("role", QStringLiteral("janitor"));
        steps.replace(2, s2);
        wf.insert("steps", steps);
        o.insert("workflow", wf);
        QTest::newRow("deep path") << QJsonDocument(o).toJson() << "codec.bad_value"
                                   << "workflow.steps[2].role";
    }
    void badInputNamesTheFieldAndTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const auto r = codec::decode<Dossier>(json);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().path, path);
        QVERIFY(!r.error().message.isEmpty());
    }

    void errorMessagesAreSpecific()
    {
        QByteArray json =
            withField(codec::encode(sampleDossier()), "channel", QStringLiteral("fax"));
        auto r = codec::decode<Dossier>(json);
        QVERIFY(!r);
        QCOMPARE(r.error().describe(),
                 QStringLiteral("channel: \"fax\" is not one of: direct, online, post"));
        r = codec::decode<Dossier>(withField(codec::encode(sampleDossier()), "sets", 0));
        QCOMPARE(r.error().message, QStringLiteral("expected an integer from 1 to 100, got 0"));
    }

    void aClientIgnoresFieldsItDoesNotKnowAtEveryDepth()
    {
        const Dossier d = sampleDossier();
        const QJsonValue newer = withFieldEverywhere(codec::toJson(d));
        // The server's own decoding stays strict...
        const auto strict = codec::fromJson<Dossier>(newer);
        QVERIFY(!strict);
        QCOMPARE(strict.error().code, QStringLiteral("codec.unknown_field"));
        // ... a client's reading of an answer keeps what it knows and leaves the rest aside.
        const auto tolerant = codec::fromJson<Dossier>(newer, {}, codec::UnknownFields::Ignore);
        QVERIFY2(tolerant, qPrintable(tolerant ? QString() : tolerant.error().describe()));
        QCOMPARE(*tolerant, d);
        const QByteArray list =
            QJsonDocument(withFieldEverywhere(codec::toJson(QList<Dossier>{d, d})).toArray())
                .toJson(QJsonDocument::Compact);
        QVERIFY(!codec::decode<QList<Dossier>>(list));
        const auto both = codec::decode<QList<Dossier>>(list, codec::UnknownFields::Ignore);
        QVERIFY(both);
        QCOMPARE(both->size(), 2);
        QCOMPARE(both->at(1), d);
        CalendarSettings settings = CalendarSettings::standard();
        const auto calendar = codec::fromJson<CalendarSettings>(
            withFieldEverywhere(codec::toJson(settings)), {}, codec::UnknownFields::Ignore);
        QVERIFY(calendar);
        QCOMPARE(*calendar, settings);
    }

    void aClientStillRefusesWhatItCannotUnderstand()
    {
        // Tolerance is for new keys only: a value this version cannot represent (a status added
        // later) is an error, so the caller can keep it aside rather than store a wrong dossier.
        const QByteArray newStatus =
            withField(codec::encode(sampleDossier()), "status", QStringLiteral("archivedByAi"));
        const auto r = codec::decode<Dossier>(newStatus, codec::UnknownFields::Ignore);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("codec.bad_value"));
        QCOMPARE(r.error().path, QStringLiteral("status"));
        const auto missing = codec::decode<Dossier>(
            withField(codec::encode(sampleDossier()), "code", QJsonValue::Undefined),
            codec::UnknownFields::Ignore);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("codec.missing_field"));
    }

    void garbageNeverCrashes()
    {
        QRandomGenerator rng(7);
        const QByteArray good = codec::encode(sampleDossier());
        for (int i = 0; i < 2000; ++i) {
            QByteArray b = good;
            const int edits = 1 + rng.bounded(4);
            for (int e = 0; e < edits; ++e)
                b[rng.bounded(b.size())] = char(rng.bounded(256));
            const auto r = codec::decode<Dossier>(b);
            if (r) // a mutation that still decodes must round-trip like any value
                QCOMPARE(roundTrip(*r), *r);
        }
        QVERIFY(!codec::decode<Dossier>(QByteArray(100000, '[')));
        QVERIFY(!codec::decode<Dossier>(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TstJsonCodec)
#include "tst_jsoncodec.moc"
