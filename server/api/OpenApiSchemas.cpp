#include "api/OpenApiSchemas.h"

#include "calendar/CalendarSettings.h"
#include "codec/JsonSchema.h"
#include "domain/Agency.h"
#include "domain/AuthMessages.h"
#include "domain/Dossier.h"
#include "domain/Enums.h"
#include "domain/Field.h"
#include "domain/IntakeRequest.h"
#include "domain/MoveProcessRequest.h"
#include "domain/Procedure.h"
#include "domain/User.h"
#include "notify/NotificationEvent.h"

#include <algorithm>

namespace motcua::server::openapi {
namespace {

using codec::SchemaUse;

QJsonObject enumOf(const QStringList& names)
{
    return {{"type", "string"}, {"enum", QJsonArray::fromStringList(names)}};
}

QJsonObject eventNames()
{
    QStringList names;
    for (NotificationEvent e : allEvents())
        names << QString::fromStdString(eventName(e));
    return enumOf(names);
}

// A codec answer schema with the members a controller adds beside the type's own fields.
QJsonObject extended(QJsonObject schema,
                     std::initializer_list<std::pair<const char*, QJsonObject>> extra)
{
    QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (const auto& [name, s] : extra) {
        properties.insert(QLatin1String(name), s);
        required.append(QLatin1String(name));
    }
    schema.insert(QStringLiteral("properties"), properties);
    schema.insert(QStringLiteral("required"), required);
    return schema;
}

QJsonObject problem()
{
    QJsonObject s = answerObject(
        {{"type", string("urn:motcua:problem:<code>")},
         {"title", string("the HTTP reason phrase")},
         {"status", integer(400, 599)},
         {"detail", string("English explanation, for logs; clients translate `code`")},
         {"code", string("stable machine code, e.g. codec.unknown_field, "
                         "workflow.version_conflict")},
         {"instance", string("the request URI")},
         {"field", string("path of the field at fault, e.g. owner.idNumber")},
         {"errors",
          arrayOf(answerObject({{"code", string()}, {"field", string()}, {"detail", string()}}))},
         {"current", ref("Dossier")}},
        {"field", "errors", "current"});
    s.insert("description",
             "RFC 7807 problem. `errors` lists every problem of a refused intake; `current` is "
             "the dossier as it stands now, on a 409 version conflict of a workflow action.");
    return s;
}

} // namespace

QJsonObject answerObject(std::initializer_list<std::pair<const char*, QJsonObject>> properties,
                         std::initializer_list<const char*> optional)
{
    QJsonObject props;
    QJsonArray required;
    for (const auto& property : properties) {
        const char* name = property.first; // a plain variable: clang 14 cannot capture a binding
        props.insert(QLatin1String(name), property.second);
        if (std::find_if(optional.begin(), optional.end(),
                         [&](const char* o) { return qstrcmp(o, name) == 0; }) == optional.end())
            required.append(QLatin1String(name));
    }
    QJsonObject o{{"type", "object"}, {"properties", props}};
    if (!required.isEmpty())
        o.insert(QStringLiteral("required"), required);
    return o;
}

QJsonObject requestObject(std::initializer_list<std::pair<const char*, QJsonObject>> properties,
                          std::initializer_list<const char*> required)
{
    QJsonObject props;
    for (const auto& [name, s] : properties)
        props.insert(QLatin1String(name), s);
    QJsonObject o{{"type", "object"}, {"properties", props}, {"additionalProperties", false}};
    QJsonArray list;
    for (const char* r : required)
        list.append(QLatin1String(r));
    if (!list.isEmpty())
        o.insert(QStringLiteral("required"), list);
    return o;
}

QJsonObject schemas()
{
    const auto answer = SchemaUse::Answer;
    const QJsonObject calendar = codec::schemaOf<CalendarSettings>(answer);
    const QJsonObject counterKind = oneOf({"guide", "refuse"});
    // One procedure's answer of an import, national records or our own catalogue alike.
    const QJsonObject importResult = answerObject(
        {{"status", oneOf({"new", "changed", "unchanged", "refused"})},
         {"nationalCode", string()},
         {"name", string()},
         {"index", integer()},
         {"version", integer()},
         {"notes",
          arrayOf(answerObject({{"code", string()}, {"field", string()}, {"detail", string()}}))},
         {"problems",
          arrayOf(answerObject({{"code", string()}, {"field", string()}, {"detail", string()}}))},
         {"changes", arrayOf(answerObject({{"what", string()},
                                           {"caseName", string()},
                                           {"item", string()},
                                           {"before", string()},
                                           {"after", string()}}))}},
        {"nationalCode", "name", "index", "version", "notes", "problems", "changes"});
    return QJsonObject{
        // Domain types, as answered (open to added fields).
        {"Agency", codec::schemaOf<Agency>(answer)},
        {"Field", codec::schemaOf<Field>(answer)},
        {"User", codec::schemaOf<User>(answer)},
        {"Procedure", codec::schemaOf<Procedure>(answer)},
        {"Dossier", codec::schemaOf<Dossier>(answer)},
        {"CalendarSettings", calendar},
        // Domain types, as accepted (closed: an unknown field is a 400).
        {"UserInput", codec::schemaOf<User>()},
        {"ProcedureInput", codec::schemaOf<Procedure>()},
        {"CalendarSettingsInput", codec::schemaOf<CalendarSettings>()},
        {"IntakeRequest", codec::schemaOf<IntakeRequest>()},
        {"ActionCommand", codec::schemaOf<ActionCommand>()},
        {"MoveProcessRequest", codec::schemaOf<MoveProcessRequest>()},
        {"LoginRequest", codec::schemaOf<LoginRequest>()},
        {"RefreshRequest", codec::schemaOf<RefreshRequest>()},
        // Request bodies that are not a single domain type.
        {"PublishRequest", requestObject({{"effectiveFrom", date()}, {"acceptWarnings", boolean()}},
                                         {"effectiveFrom"})},
        // LayThuTuc records as the national database serves them: read field by field by
        // NationalRecord, so only their shape is declared here.
        {"NationalRecords",
         QJsonObject{
             {"oneOf", QJsonArray{QJsonObject{{"type", "object"}},
                                  QJsonObject{{"type", "array"},
                                              {"items", QJsonObject{{"type", "object"}}}}}}}},
        {"ImportAnswer", answerObject({{"dryRun", boolean()}, {"results", arrayOf(importResult)}})},
        {"CatalogueBundle",
         answerObject(
             {{"format", string()},
              {"formatVersion", integer()},
              {"exportedAt", string()},
              {"agencyId", string()},
              {"fields", arrayOf(ref(QLatin1String("Field")))},
              {"procedures",
               arrayOf(answerObject({{"nationalCode", string()},
                                     {"versions", arrayOf(ref(QLatin1String("Procedure")))}}))},
              {"forms", arrayOf(answerObject({{"sha256", string()},
                                              {"name", string()},
                                              {"mime", string()},
                                              {"data", string("the file, base64")}}))}})},
        {"FormFile",
         answerObject(
             {{"sha256", string()}, {"name", string()}, {"mime", string()}, {"size", integer()}})},
        {"BundleAnswer",
         answerObject({{"dryRun", boolean()},
                       {"results", arrayOf(importResult)},
                       {"fields", arrayOf(answerObject(
                                      {{"code", string()},
                                       {"status", oneOf({"new", "unchanged", "kept"})}}))}})},
        {"EndRequest", requestObject({{"effectiveTo", nullable(date())},
                                      {"reason", string("why: it goes to the audit log")}},
                                     {"effectiveTo", "reason"})},
        {"CorrectRequest", requestObject({{"procedure", ref("ProcedureInput")},
                                          {"reason", string("why: it goes to the audit log")}},
                                         {"procedure", "reason"})},
        {"UserCreate",
         requestObject({{"user", ref("UserInput")}, {"password", string()}}, {"user", "password"})},
        {"UserUpdate", requestObject({{"user", ref("UserInput")},
                                      {"password", string("a new password; omit to keep it")}},
                                     {"user"})},
        {"CodeBlockRequest", requestObject({{"count", integer(1, 500)}}, {"count"})},
        {"NotificationTemplateChange",
         requestObject({{"sms", string()}, {"emailSubject", string()}, {"emailBody", string()}},
                       {})},
        {"CounterOutcomeRequest",
         requestObject({{"kind", counterKind},
                        {"procedureCode", string()},
                        {"at", dateTime()},
                        {"applicant", QJsonObject{{"type", "string"}, {"maxLength", 200}}},
                        {"details", QJsonObject{{"type", "object"},
                                                {"description", "free-form, at most 16 KiB"}}}},
                       {"kind", "procedureCode"})},
        // Answers built by the controllers.
        {"Health", answerObject({{"status", oneOf({"ok"})},
                                 {"version", string("the application's version")},
                                 {"apiVersion", string("MAJOR.MINOR of this API")}})},
        {"Tokens", answerObject({{"accessToken", string("JWT, HS256")},
                                 {"refreshToken", string("single use: refreshing rotates it")},
                                 {"tokenType", oneOf({"Bearer"})},
                                 {"expiresIn", integer(0, 86400)},
                                 {"user", ref("User")}})},
        {"LoggedOut", answerObject({{"loggedOut", boolean()}})},
        {"CalendarView",
         extended(calendar, {{"year", integer(1900, 2100)},
                             {"version", integer()},
                             {"nonWorkingDays", arrayOf(answerObject({{"date", date()},
                                                                      {"reason", string()},
                                                                      {"label", string()}}))}})},
        {"CalendarSaved", extended(calendar, {{"version", integer()}})},
        {"SearchPage", answerObject({{"items", arrayOf(ref("Dossier"))},
                                     {"total", integer()},
                                     {"totalIsExact", boolean()},
                                     {"page", integer()},
                                     {"pageSize", integer()}})},
        {"ChangesPage", answerObject({{"changes", arrayOf(answerObject({{"seq", integer()},
                                                                        {"entity", string()},
                                                                        {"key", string()},
                                                                        {"version", integer()},
                                                                        {"at", dateTime()}}))},
                                      {"next", integer()},
                                      {"dossiers", arrayOf(ref("Dossier"))}},
                                     {"dossiers"})},
        {"Snapshot",
         answerObject(
             {{"dossiers", arrayOf(ref("Dossier"))}, {"since", integer()}, {"next", string()}},
             {"next"})},
        {"CodeBlock", answerObject({{"agencyId", string()},
                                    {"day", date()},
                                    {"first", integer()},
                                    {"count", integer(1, 500)},
                                    {"firstCode", string()},
                                    {"lastCode", string()}})},
        {"AuditVerification",
         answerObject(
             {{"intact", boolean()}, {"checked", integer()}, {"firstBrokenSeq", integer()}},
             {"firstBrokenSeq"})},
        {"AttachmentUploaded", answerObject({{"sha256", string()},
                                             {"componentId", integer()},
                                             {"name", string()},
                                             {"mime", string()},
                                             {"size", integer()},
                                             {"uploadedBy", string()},
                                             {"dossierVersion", integer()}})},
        {"Attachment", answerObject({{"componentId", integer()},
                                     {"sha256", string()},
                                     {"name", string()},
                                     {"mime", string()},
                                     {"size", integer()},
                                     {"uploadedAt", dateTime()},
                                     {"uploadedBy", string()}})},
        {"Notification", answerObject({{"id", integer()},
                                       {"dossierCode", string()},
                                       {"event", eventNames()},
                                       {"channel", string()},
                                       {"recipient", string()},
                                       {"subject", string()},
                                       {"text", string()},
                                       {"state", oneOf({"pending", "delivered", "failed"})},
                                       {"attempts", integer()},
                                       {"lastError", string()},
                                       {"createdAt", nullable(dateTime())},
                                       {"nextAttemptAt", nullable(dateTime())},
                                       {"deliveredAt", nullable(dateTime())},
                                       {"log", arrayOf(answerObject({{"at", nullable(dateTime())},
                                                                     {"outcome", string()},
                                                                     {"error", string()}}))}})},
        {"NotificationPage", answerObject({{"items", arrayOf(ref("Notification"))},
                                           {"page", integer()},
                                           {"pageSize", integer()}})},
        {"NotificationTemplate", answerObject({{"event", eventNames()},
                                               {"sms", string()},
                                               {"emailSubject", string()},
                                               {"emailBody", string()},
                                               {"custom", boolean()},
                                               {"updatedAt", nullable(dateTime())},
                                               {"updatedBy", string()},
                                               {"placeholders", arrayOf(string())}})},
        {"CounterOutcome", answerObject({{"id", integer()},
                                         {"agencyId", string()},
                                         {"clerk", string()},
                                         {"kind", counterKind},
                                         {"at", dateTime()},
                                         {"procedureCode", string()},
                                         {"applicant", string()},
                                         {"details", QJsonObject{{"type", "object"}}},
                                         {"recordedAt", dateTime()}})},
        {"PublicDossier", answerObject({{"code", string()},
                                        {"procedureName", string()},
                                        {"status", enumOf(enumNames<DossierStatus>())},
                                        {"statusCode", integer()},
                                        {"currentStep", string()},
                                        {"receivedAt", nullable(dateTime())},
                                        {"appointmentAt", nullable(dateTime())},
                                        {"resultReady", boolean()},
                                        {"returned", boolean()}})},
        {"Roles", arrayOf(enumOf(enumNames<Role>()))},
        {"ApiDocument", answerObject({{"openapi", string()},
                                      {"info", QJsonObject{{"type", "object"}}},
                                      {"paths", QJsonObject{{"type", "object"}}}})},
        {"Problem", problem()},
    };
}

} // namespace motcua::server::openapi
