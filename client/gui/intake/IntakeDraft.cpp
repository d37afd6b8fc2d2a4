#include "gui/intake/IntakeDraft.h"

#include "codec/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::client {

QByteArray IntakeDraft::toJson() const
{
    QJsonArray components;
    for (const IntakeComponent& c : request.components) {
        components.append(QJsonObject{{"componentId", c.componentId},
                                      {"originals", c.originals},
                                      {"certifiedCopies", c.certifiedCopies},
                                      {"photocopies", c.photocopies},
                                      {"note", c.note}});
    }
    const QJsonObject o{{"format", "motcua.intakeDraft"},
                        {"version", 1},
                        {"procedureCode", request.procedureCode},
                        {"caseId", request.caseId},
                        {"channel", name(request.channel)},
                        {"applicantType", name(request.applicantType)},
                        {"owner", codec::toJson(request.owner)},
                        {"submitter", codec::toJson(request.submitter)},
                        {"representative", codec::toJson(request.representative)},
                        {"components", components},
                        {"sets", request.sets},
                        {"submitterIsOwner", submitterIsOwner},
                        {"hasRepresentative", hasRepresentative},
                        {"reason", reason}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<IntakeDraft> IntakeDraft::fromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    if (o.value("format").toString() != QLatin1String("motcua.intakeDraft"))
        return std::nullopt;
    IntakeDraft d;
    d.request.procedureCode = o.value("procedureCode").toString();
    d.request.caseId = o.value("caseId").toInt(); // absent in drafts from before cases: 0
    d.request.channel = parseEnum<Channel>(o.value("channel").toString()).value_or(Channel::Direct);
    d.request.applicantType = parseEnum<ApplicantType>(o.value("applicantType").toString())
                                  .value_or(ApplicantType::Citizen);
    // A person that does not decode (a draft from an older version) is left empty rather than
    // losing the whole draft.
    d.request.owner = codec::fromJson<Person>(o.value("owner")).value_or(Person{});
    d.request.submitter = codec::fromJson<Person>(o.value("submitter")).value_or(Person{});
    d.request.representative =
        codec::fromJson<Person>(o.value("representative")).value_or(Person{});
    for (const QJsonValue& v : o.value("components").toArray()) {
        const QJsonObject c = v.toObject();
        d.request.components.append(
            IntakeComponent{c.value("componentId").toInt(), c.value("originals").toInt(),
                            c.value("certifiedCopies").toInt(), c.value("photocopies").toInt(),
                            c.value("note").toString()});
    }
    d.request.sets = qMax(1, o.value("sets").toInt(1));
    d.submitterIsOwner = o.value("submitterIsOwner").toBool(true);
    d.hasRepresentative = o.value("hasRepresentative").toBool(false);
    d.reason = o.value("reason").toString();
    return d;
}

} // namespace motcua::client
