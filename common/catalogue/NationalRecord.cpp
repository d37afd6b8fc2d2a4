#include "catalogue/NationalRecord.h"

#include "text/TextFold.h"

#include <QJsonArray>

namespace motcua {

namespace {

QString str(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 0);
    return v.toString().trimmed();
}

QJsonArray list(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray();
}

// The objects of the array `key` of `o` (anything else in it is skipped).
QList<QJsonObject> objects(const QJsonObject& o, const char* key)
{
    const QJsonArray array = list(o, key);
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < array.size(); ++i)
        out << array.at(i).toObject();
    return out;
}

// "1", 2, "1.000.000", "50,000 đồng" → the number; nullopt when there is none.
std::optional<qint64> number(const QJsonValue& v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    QString digits;
    for (const QChar c : v.toString()) {
        if (c.isDigit())
            digits += c;
        else if (c != u'.' && c != u',' && c != u' ' && !digits.isEmpty())
            break;
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

struct Timing {
    Channel channel;
    Duration time;
    QString description;
    QList<Fee> fees;
};

} // namespace

Expected<NationalImport> NationalRecord::read(const QJsonObject& r, const QString& agencyId,
                                              const QSet<QString>& knownFields)
{
    NationalImport out;
    Procedure& p = out.procedure;
    auto note = [&](const char* code, const QString& message, const QString& path) {
        out.notes << Error{QString::fromLatin1(code), message, path};
    };
    p.nationalCode = str(r.value(QLatin1String("MATTHC")));
    if (p.nationalCode.isEmpty())
        return Error{QStringLiteral("import.code_missing"),
                     QStringLiteral("the record has no MATTHC"), QStringLiteral("MATTHC")};
    p.name = str(r.value(QLatin1String("TENTTHC")));
    if (p.name.isEmpty())
        return Error{QStringLiteral("import.name_missing"),
                     QStringLiteral("the record has no TENTTHC"), QStringLiteral("TENTTHC")};
    p.agencyId = agencyId;
    p.conditions = str(r.value(QLatin1String("YEUCAU")));

    const QJsonArray fields = list(r, "LINHVUCTHUCHIEN");
    if (!fields.isEmpty()) {
        const QString code = str(fields.first().toObject().value(QLatin1String("MALINHVUC")));
        if (knownFields.contains(code))
            p.fieldCode = code;
        else
            note("import.unknown_field",
                 QStringLiteral("field %1 (%2) is not in this catalogue")
                     .arg(code, str(fields.first().toObject().value(QLatin1String("TENLINHVUC")))),
                 QStringLiteral("LINHVUCTHUCHIEN[0].MALINHVUC"));
    }
    const QJsonArray agencies = list(r, "COQUANTHUCHIEN");
    for (int i = 0; i < agencies.size(); ++i) {
        const QJsonObject a = agencies.at(i).toObject();
        const QString code = str(a.value(QLatin1String("MADONVI")));
        if (code != agencyId)
            note("import.unknown_agency",
                 QStringLiteral("the record names %1 (%2); the draft is for %3")
                     .arg(code, str(a.value(QLatin1String("TENDONVI"))), agencyId),
                 QStringLiteral("COQUANTHUCHIEN[%1].MADONVI").arg(i));
    }
    QStringList results, basis, applicants;
    for (const QJsonObject& o : objects(r, "KETQUATHUCHIEN"))
        results << str(o.value(QLatin1String("TENKETQUA")));
    for (const QJsonObject& o : objects(r, "CANCUPHAPLY")) {
        basis << QStringList{str(o.value(QLatin1String("SOVANBAN"))),
                             str(o.value(QLatin1String("TENVANBAN")))}
                     .join(u' ')
                     .trimmed();
    }
    for (const QJsonObject& o : objects(r, "DOITUONGTHUCHIEN"))
        applicants << str(o.value(QLatin1String("TENDOITUONG")));
    results.removeAll(QString());
    applicants.removeAll(QString());
    p.resultDocument = results.join(QStringLiteral("; "));
    p.legalBasis = basis.join(u'\n');
    p.applicants = applicants.join(QStringLiteral(", "));

    // The cases, in the order the record names them.
    QStringList caseNames;
    for (const char* key : {"THANHPHANHOSO", "TRINHTUTHUCHIEN"}) {
        for (const QJsonObject& o : objects(r, key)) {
            const QString name = str(o.value(QLatin1String("TRUONGHOP")));
            if (!name.isEmpty() && !caseNames.contains(name))
                caseNames << name;
        }
    }
    QList<ProcedureCase> cases;
    for (int i = 0; i < std::max<qsizetype>(1, caseNames.size()); ++i)
        cases << ProcedureCase{caseNames.size() > 1 ? i + 1 : 0,
                               caseNames.size() > 1 ? caseNames.at(i) : QString(),
                               {},
                               {},
                               {},
                               {},
                               {},
                               true};
    auto caseIndex = [&](const QString& name) {
        const int i = int(caseNames.indexOf(name));
        return caseNames.size() > 1 ? i : 0;
    };

    const QJsonArray papers = list(r, "THANHPHANHOSO");
    for (int i = 0; i < papers.size(); ++i) {
        const QJsonObject group = papers.at(i).toObject();
        const int index = caseIndex(str(group.value(QLatin1String("TRUONGHOP"))));
        // Papers of no named case belong to every case.
        QList<int> targets;
        for (int c = 0; c < cases.size(); ++c) {
            if (index < 0 || index == c)
                targets << c;
        }
        const QJsonArray items = list(group, "GIAYTO");
        for (int j = 0; j < items.size(); ++j) {
            const QJsonObject g = items.at(j).toObject();
            ComponentRequirement c;
            c.name = str(g.value(QLatin1String("TENGIAYTO")));
            const QString path = QStringLiteral("THANHPHANHOSO[%1].GIAYTO[%2]").arg(i).arg(j);
            const auto originals = number(g.value(QLatin1String("SOBANCHINH")));
            const auto copies = number(g.value(QLatin1String("SOBANSAO")));
            if ((!g.value(QLatin1String("SOBANCHINH")).isUndefined() && !originals) ||
                (!g.value(QLatin1String("SOBANSAO")).isUndefined() && !copies))
                note("import.bad_number",
                     QStringLiteral("counts of \"%1\" are not numbers").arg(c.name), path);
            c.originals = int(originals.value_or(0));
            c.certifiedCopies = int(copies.value_or(0));
            const QString form = str(g.value(QLatin1String("TENMAUDON")));
            const QString url = str(g.value(QLatin1String("URL")));
            if (!form.isEmpty() || !url.isEmpty())
                c.note =
                    (QStringLiteral("Mẫu đơn: ") + form + (url.isEmpty() ? QString() : u' ' + url))
                        .trimmed();
            for (int t : targets) {
                c.id = int(cases[t].components.size()) + 1;
                cases[t].components << c;
            }
        }
    }

    // Times and fees per channel.
    QList<Timing> timings;
    const QJsonArray ways = list(r, "CACHTHUCTHUCHIEN");
    for (int i = 0; i < ways.size(); ++i) {
        const QJsonObject way = ways.at(i).toObject();
        const auto kenh = number(way.value(QLatin1String("KENH")));
        const Channel channel = kenh == 2   ? Channel::Online
                                : kenh == 3 ? Channel::Post
                                            : Channel::Direct;
        const QJsonArray times = list(way, "THOIGIAN");
        for (int j = 0; j < times.size(); ++j) {
            const QJsonObject t = times.at(j).toObject();
            const QString path = QStringLiteral("CACHTHUCTHUCHIEN[%1].THOIGIAN[%2]").arg(i).arg(j);
            Timing timing{channel, {}, str(t.value(QLatin1String("MOTA"))), {}};
            const QString unit = TextFold::fold(str(t.value(QLatin1String("DONVITINH"))));
            timing.time.value =
                int(number(t.value(QLatin1String("THOIGIANGIAIQUYET"))).value_or(0));
            if (unit.contains(QLatin1String("gio")))
                timing.time.unit = DurationUnit::WorkingHours;
            else if (unit.contains(QLatin1String("lam viec")) || unit.isEmpty())
                timing.time.unit = DurationUnit::WorkingDays;
            else if (unit.contains(QLatin1String("ngay")))
                timing.time.unit = DurationUnit::CalendarDays;
            else
                note("import.unknown_unit",
                     QStringLiteral("unit \"%1\" taken as working days")
                         .arg(str(t.value(QLatin1String("DONVITINH")))),
                     path + QStringLiteral(".DONVITINH"));
            for (const QJsonObject& o : objects(t, "PHILEPHI")) {
                Fee fee;
                fee.name = str(o.value(QLatin1String("MOTA")));
                if (fee.name.isEmpty())
                    fee.name = str(o.value(QLatin1String("MAPHILEPHI")));
                fee.amountVnd = number(o.value(QLatin1String("SOTIEN"))).value_or(0);
                fee.collection =
                    fee.amountVnd > 0 ? FeeCollection::AtIntake : FeeCollection::Exempt;
                timing.fees << fee;
            }
            timings << timing;
        }
    }
    for (int c = 0; c < cases.size(); ++c) {
        ProcedureCase& pc = cases[c];
        // A time naming this case, else one naming no case.
        auto forCase = [&](const Timing& t) {
            if (caseNames.size() < 2)
                return true;
            const QString folded = TextFold::fold(t.description);
            bool namesAny = false;
            for (const QString& n : caseNames)
                namesAny = namesAny || folded.contains(TextFold::fold(n));
            return !namesAny || folded.contains(TextFold::fold(pc.name));
        };
        QList<Fee> fees;
        bool haveDirect = false;
        for (const Timing& t : std::as_const(timings)) {
            if (!forCase(t))
                continue;
            if (t.channel == Channel::Direct && !haveDirect) {
                pc.statutoryTime = t.time;
                haveDirect = true;
            }
            for (Fee f : t.fees) {
                f.channels = {t.channel};
                auto same = std::find_if(fees.begin(), fees.end(), [&](const Fee& g) {
                    return g.name == f.name && g.amountVnd == f.amountVnd;
                });
                if (same == fees.end())
                    fees << f;
                else if (!same->channels.contains(t.channel))
                    same->channels << t.channel;
            }
        }
        for (const Timing& t : std::as_const(timings)) {
            if (!forCase(t) || t.channel == Channel::Direct)
                continue;
            if (!haveDirect) { // no time in person: the first channel's is the case's own
                pc.statutoryTime = t.time;
                haveDirect = true;
            } else if (t.time != pc.statutoryTime &&
                       std::none_of(
                           pc.channelTimes.begin(), pc.channelTimes.end(),
                           [&](const ChannelTime& ct) { return ct.channel == t.channel; })) {
                pc.channelTimes << ChannelTime{t.channel, t.time};
            }
        }
        // A fee charged on every channel the record lists applies to every channel.
        QList<Channel> all;
        for (const Timing& t : std::as_const(timings)) {
            if (forCase(t) && !all.contains(t.channel))
                all << t.channel;
        }
        for (Fee& f : fees) {
            if (f.channels.size() == all.size())
                f.channels.clear();
        }
        pc.fees = fees;
    }
    if (cases.size() > 1) {
        p.cases = cases;
        p.mirrorFirstCase();
    } else {
        p.cases = {cases.first()};
        p.mirrorFirstCase();
        p.cases.clear();
    }
    return out;
}

} // namespace motcua
