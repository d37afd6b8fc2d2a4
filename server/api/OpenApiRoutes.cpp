#include "api/OpenApiRoutes.h"

#include "api/OpenApiSchemas.h"
#include "domain/Enums.h"

namespace motcua::server::openapi {
namespace {

QJsonObject json(const QJsonObject& schema)
{
    return {{"application/json", QJsonObject{{"schema", schema}}}};
}

QJsonObject jsonRef(const char* schema)
{
    return json(ref(QLatin1String(schema)));
}

QJsonObject jsonList(const char* schema)
{
    return json(arrayOf(ref(QLatin1String(schema))));
}

// Attachments travel as raw bytes. The server sniffs the type from the content and ignores the
// Content-Type header, so any of these (or none) will do.
QJsonObject files()
{
    const QJsonObject binary{{"schema", QJsonObject{{"type", "string"}, {"format", "binary"}}}};
    return {{"application/pdf", binary},
            {"image/png", binary},
            {"image/jpeg", binary},
            {"image/tiff", binary},
            {"application/octet-stream", binary}};
}

// Blank forms: the attachments' types and the word processors' ones.
QJsonObject formFiles()
{
    QJsonObject out = files();
    const QJsonValue binary = out.value(QLatin1String("application/pdf"));
    out.insert(QStringLiteral("application/msword"), binary);
    out.insert(
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        binary);
    out.insert(QStringLiteral("application/vnd.oasis.opendocument.text"), binary);
    return out;
}

ParameterDoc query(const char* name, QJsonObject schema, const char* description = "")
{
    return {name, "query", std::move(schema), description, false};
}

ParameterDoc idempotencyKey()
{
    return {"Idempotency-Key", "header", QJsonObject{{"type", "string"}, {"maxLength", 200}},
            "makes a retry with the same body return the first answer (422 "
            "idempotency.key_reused with another body)",
            false};
}

ParameterDoc versionParameter()
{
    return {"n", "path", integer(1, 1000000), "the version number", true};
}

ParameterDoc page(int max = 100000)
{
    return query("page", integer(1, max), "1-based");
}

} // namespace

const std::map<std::string, OperationDoc>& operationDocs()
{
    static const std::map<std::string, OperationDoc> table{
        {"GET /api/v1/health", {"Liveness and versions", {}, {}, 200, jsonRef("Health"), {}}},
        {"GET /api/v1/openapi.json", {"This document", {}, {}, 200, jsonRef("ApiDocument"), {}}},
        {"POST /api/v1/auth/login",
         {"Log in: an access token, a refresh token and the user. Throttled per username and "
          "per address (429 with Retry-After)",
          {},
          jsonRef("LoginRequest"),
          200,
          jsonRef("Tokens"),
          {401, 429}}},
        {"POST /api/v1/auth/refresh",
         {"New tokens for a refresh token (which is used up: it rotates)",
          {},
          jsonRef("RefreshRequest"),
          200,
          jsonRef("Tokens"),
          {401}}},
        {"POST /api/v1/auth/logout",
         {"Revoke a refresh token", {}, jsonRef("RefreshRequest"), 200, jsonRef("LoggedOut"), {}}},
        {"GET /api/v1/auth/me", {"The calling user", {}, {}, 200, jsonRef("User"), {}}},
        {"GET /api/v1/calendar",
         {"The working calendar: settings, version and the non-working days of a year",
          {query("year", integer(1900, 2100), "default: this year")},
          {},
          200,
          jsonRef("CalendarView"),
          {}}},
        {"PUT /api/v1/calendar",
         {"Replace the calendar settings (administrators)",
          {},
          jsonRef("CalendarSettingsInput"),
          200,
          jsonRef("CalendarSaved"),
          {422}}},
        {"GET /api/v1/agencies", {"Agencies", {}, {}, 200, jsonList("Agency"), {}}},
        {"GET /api/v1/fields", {"Fields of procedures", {}, {}, 200, jsonList("Field"), {}}},
        {"GET /api/v1/procedures",
         {"The procedures of the caller's agency, each in the version in force on a day",
          {query("q", string(), "accent-insensitive words of the code or name"),
           query("on", date(), "default today (Vietnam)"),
           query("from", date(),
                 "instead of on and q: every version in force on that day or a later one")},
          {},
          200,
          jsonList("Procedure"),
          {}}},
        {"GET /api/v1/procedures/{code}",
         {"The version of a procedure in force on a day, with its components and workflow (404 "
          "catalogue.not_in_force when none is)",
          {query("on", date(), "default today (Vietnam)")},
          {},
          200,
          jsonRef("Procedure"),
          {}}},
        {"PUT /api/v1/procedures/{code}",
         {"Create or change a procedure of the caller's agency in one step: a changed body becomes "
          "a new version in force from today (administrators; the versions routes make drafts "
          "and publish them for a chosen day)",
          {},
          jsonRef("ProcedureInput"),
          200,
          jsonRef("Procedure"),
          {422}}},
        {"POST /api/v1/procedures",
         {"A new procedure of the caller's agency, as draft version 1 (administrators; 409 "
          "catalogue.procedure_exists for a known code)",
          {},
          jsonRef("ProcedureInput"),
          201,
          jsonRef("Procedure"),
          {409, 422}}},
        {"GET /api/v1/procedure-versions",
         {"Every version of every procedure of the caller's agency, drafts and ended versions "
          "included, by code then version (administrators: the settings dialog's list)",
          {},
          {},
          200,
          jsonList("Procedure"),
          {}}},
        {"GET /api/v1/procedures/{code}/versions",
         {"Every version of a procedure, oldest first, with its days (drafts: administrators "
          "only)",
          {},
          {},
          200,
          jsonList("Procedure"),
          {}}},
        {"GET /api/v1/procedures/{code}/versions/{n}",
         {"One version of a procedure", {versionParameter()}, {}, 200, jsonRef("Procedure"), {}}},
        {"POST /api/v1/procedures/{code}/versions",
         {"A new draft version from the body (administrators)",
          {},
          jsonRef("ProcedureInput"),
          201,
          jsonRef("Procedure"),
          {422}}},
        {"PUT /api/v1/procedures/{code}/versions/{n}",
         {"Replace a draft (administrators; 409 procedure.not_draft for a published version)",
          {versionParameter()},
          jsonRef("ProcedureInput"),
          200,
          jsonRef("Procedure"),
          {409, 422}}},
        {"POST /api/v1/procedures/{code}/versions/{n}/publish",
         {"Publish a draft to take effect on a day (today or later, not before an earlier "
          "version's); the version in force then ends the day before. 422 lists every problem "
          "in `errors`, and the warnings (workflow.path_exceeds_statutory) until the body says "
          "acceptWarnings: true; 409 procedure.not_draft (administrators)",
          {versionParameter()},
          jsonRef("PublishRequest"),
          200,
          jsonRef("Procedure"),
          {409, 422}}},
        {"POST /api/v1/catalogue/import",
         {"Records of the national procedures database (LayThuTuc), one or an array: each new, "
          "changed (field by field) or unchanged, with what could not be taken as it is; with "
          "dryRun=false the new and changed ones become drafts, never touching a published "
          "version (administrators of an agency)",
          {query("dryRun", oneOf({"true", "false"}), "true (the default): only the preview")},
          jsonRef("NationalRecords"),
          200,
          jsonRef("ImportAnswer"),
          {400, 422}}},
        {"GET /api/v1/catalogue/export",
         {"Our own catalogue as one document: the fields and every version of every procedure of "
          "the caller's agency (a province-wide administrator: every agency), processes inside, "
          "to move a configuration to another server or keep it in version control "
          "(administrators)",
          {},
          {},
          200,
          jsonRef("CatalogueBundle"),
          {}}},
        {"POST /api/v1/catalogue/import-bundle",
         {"A document of GET /catalogue/export: each procedure new, changed (the versions "
          "added, the end days taken), unchanged, or refused with its problems "
          "(bundle.version_differs when the two catalogues went separate ways, "
          "bundle.version_gap, bundle.draft_not_last, procedure.overlap, "
          "catalogue.foreign_agency, import.unknown_agency, procedure.unknown_form); fields and "
          "blank forms this server lacks are added. dryRun=false writes it; the same document "
          "again changes nothing (administrators)",
          {query("dryRun", oneOf({"true", "false"}), "true (the default): only the preview")},
          jsonRef("CatalogueBundle"),
          200,
          jsonRef("BundleAnswer"),
          {400, 422}}},
        {"PUT /api/v1/procedures/{code}/versions/{n}/end",
         {"Sets (or removes, null) the end day of a published version, with the reason (audited; "
          "422 procedure.end_too_early, procedure.overlap, procedure.reason_required; 409 "
          "procedure.is_draft) (administrators)",
          {versionParameter()},
          jsonRef("EndRequest"),
          200,
          jsonRef("Procedure"),
          {409, 422}}},
        {"POST /api/v1/procedures/{code}/versions/{n}/correct",
         {"Corrects what a published version says, its number and days kept, with the reason "
          "(audited; dossiers already received keep their copy; 422 listing every problem; 409 "
          "procedure.is_draft) (administrators)",
          {versionParameter()},
          jsonRef("CorrectRequest"),
          200,
          jsonRef("Procedure"),
          {409, 422}}},
        {"GET /api/v1/users",
         {"The users of the caller's agency (phones and e-mails for administrators and oneself "
          "only)",
          {},
          {},
          200,
          jsonList("User"),
          {}}},
        {"GET /api/v1/users/{username}", {"One user", {}, {}, 200, jsonRef("User"), {}}},
        {"GET /api/v1/roles", {"Role names", {}, {}, 200, jsonRef("Roles"), {}}},
        {"POST /api/v1/users",
         {"Create a user of the caller's agency (administrators)",
          {},
          jsonRef("UserCreate"),
          201,
          jsonRef("User"),
          {409, 422}}},
        {"PUT /api/v1/users/{username}",
         {"Change a user; a password change or deactivation ends their sessions "
          "(administrators)",
          {},
          jsonRef("UserUpdate"),
          200,
          jsonRef("User"),
          {422}}},
        {"POST /api/v1/dossiers",
         {"Intake (receptionists): the dossier accepted, with its code and appointment; 422 "
          "lists every problem in `errors`; 409 for a reserved code used twice",
          {idempotencyKey()},
          jsonRef("IntakeRequest"),
          201,
          jsonRef("Dossier"),
          {409, 422, 503}}},
        {"GET /api/v1/dossiers",
         {"Search the caller's agency's dossiers",
          {query("q", string(),
                 "accent-insensitive words matching the start of words of the code, names, "
                 "phones or ID numbers"),
           query("status",
                 QJsonObject{{"type", "string"},
                             {"enum", QJsonArray::fromStringList(enumNames<DossierStatus>())}}),
           query("field", string(), "field code of the procedure"),
           query("assignee", string(), "username"),
           query("from", date(), "received on or after this day"),
           query("to", date(), "received on or before this day"), page(),
           query("pageSize", integer(1, 200), "default 50")},
          {},
          200,
          jsonRef("SearchPage"),
          {}}},
        {"GET /api/v1/dossiers/{code}", {"One dossier", {}, {}, 200, jsonRef("Dossier"), {}}},
        {"POST /api/v1/dossiers/{code}/actions",
         {"A workflow action on the version seen; 409 with the current dossier in `current` "
          "when it changed meanwhile; 403 when the workflow does not let this user",
          {},
          jsonRef("ActionCommand"),
          200,
          jsonRef("Dossier"),
          {403, 409, 422}}},
        {"POST /api/v1/dossiers/{code}/process",
         {"Moves a running dossier to its case's process in a published version of its procedure "
          "(procedureVersion, 0 or absent: today's), entering toStep, with the reason (audited "
          "dossier.moveProcess; the appointment, papers and fees stay). 409 with `current` when "
          "the dossier changed; 422 workflow.wrong_status, workflow.wrong_step, "
          "procedure.no_version, procedure.case_missing (administrators)",
          {},
          jsonRef("MoveProcessRequest"),
          200,
          jsonRef("Dossier"),
          {403, 409, 422}}},
        {"GET /api/v1/changes",
         {"Committed changes the caller may see, in commit order; ask again from `next` while "
          "a page comes back full",
          {query("since", integer(0, 9007199254740991.0), "the `next` of the previous page"),
           query("limit", integer(1, 5000), "default 500"),
           query("wait", integer(0, 60),
                 "seconds to hold the request while there is nothing new (a long poll): it is "
                 "answered as soon as a change the caller may see commits; default 0"),
           query("include", QJsonObject{{"type", "string"}, {"enum", QJsonArray{"dossiers"}}},
                 "`dossiers`: add the current documents of the page's dossiers")},
          {},
          200,
          jsonRef("ChangesPage"),
          {}}},
        {"GET /api/v1/changes/snapshot",
         {"A new workstation's start: the caller's agency's open dossiers and those received in "
          "the last `recentDays` days, newest first; follow the change feed from `since` of the "
          "first page",
          {query("recentDays", integer(0, 3650), "default 90"),
           query("limit", integer(1, 2000), "default 500"),
           query("after", string(), "the `next` of the previous page")},
          {},
          200,
          jsonRef("Snapshot"),
          {403}}},
        {"POST /api/v1/code-blocks",
         {"Reserve dossier numbers of today for offline intake (receptionists of an agency)",
          {},
          jsonRef("CodeBlockRequest"),
          201,
          jsonRef("CodeBlock"),
          {422}}},
        {"GET /api/v1/audit/verify",
         {"Verify the audit log's hash chain (administrators)",
          {},
          {},
          200,
          jsonRef("AuditVerification"),
          {}}},
        {"POST /api/v1/dossiers/{code}/components/{componentId}/attachments",
         {"Upload a file (raw PDF, PNG, JPEG or TIFF bytes, sniffed) to a component and mark it "
          "digitised; componentId 0 is the result document (staff of the dossier's agency)",
          {{"componentId", "path", integer(0, 1000000), "0: the result document", true},
           query("name", QJsonObject{{"type", "string"}, {"minLength", 1}, {"maxLength", 200}},
                 "file name, without slashes")},
          files(),
          201,
          jsonRef("AttachmentUploaded"),
          {415, 422}}},
        {"POST /api/v1/forms",
         {"Upload a paper's blank form (raw PDF, PNG, JPEG, TIFF, .docx, .doc or .odt bytes, "
          "sniffed; motcua.forms.maxBytes); a version's paper then names it by formSha256 "
          "(administrators)",
          {{"name", "query", QJsonObject{{"type", "string"}, {"minLength", 1}, {"maxLength", 200}},
            "the file name shown to people, without slashes", true}},
          formFiles(),
          201,
          jsonRef("FormFile"),
          {413, 415}}},
        {"GET /api/v1/forms/{sha256}",
         {"Download a blank form (its sniffed type as Content-Type) (staff)",
          {},
          {},
          200,
          formFiles(),
          {}}},
        {"GET /api/v1/dossiers/{code}/attachments",
         {"The dossier's files", {}, {}, 200, jsonList("Attachment"), {}}},
        {"GET /api/v1/dossiers/{code}/attachments/{sha256}",
         {"Download one file (its sniffed type as Content-Type)", {}, {}, 200, files(), {}}},
        {"GET /api/v1/dossiers/{code}/notifications",
         {"The dossier's citizen notifications with their delivery log",
          {},
          {},
          200,
          jsonList("Notification"),
          {}}},
        {"GET /api/v1/notifications",
         {"The notification outbox of the caller's agency (administrators)",
          {query("state", oneOf({"pending", "delivered", "failed"})),
           query("dossier", string(), "a dossier code"), page(),
           query("pageSize", integer(1, 500), "default 100")},
          {},
          200,
          jsonRef("NotificationPage"),
          {}}},
        {"GET /api/v1/notification-templates",
         {"The message templates of every event",
          {},
          {},
          200,
          jsonList("NotificationTemplate"),
          {}}},
        {"GET /api/v1/notification-templates/{event}",
         {"One event's template", {}, {}, 200, jsonRef("NotificationTemplate"), {}}},
        {"PUT /api/v1/notification-templates/{event}",
         {"Change an event's template (administrators)",
          {},
          jsonRef("NotificationTemplateChange"),
          200,
          jsonRef("NotificationTemplate"),
          {422}}},
        {"POST /api/v1/counter-outcomes",
         {"Record a guidance (Mẫu 02, kind guide) or a refusal (Mẫu 03, kind refuse) at the "
          "counter (receptionists of an agency)",
          {idempotencyKey()},
          jsonRef("CounterOutcomeRequest"),
          201,
          jsonRef("CounterOutcome"),
          {422}}},
        {"GET /api/v1/counter-outcomes",
         {"The agency's guidance and refusals at the counter (receptionists, leaders, "
          "administrators)",
          {query("from", date(), "default today"), query("to", date(), "default today"),
           query("kind", oneOf({"guide", "refuse"})),
           query("limit", integer(1, 10000), "default 1000"),
           query("agency", string(), "required of a province-wide administrator")},
          {},
          200,
          jsonList("CounterOutcome"),
          {}}},
        {"GET /api/v1/public/dossiers/{code}",
         {"Citizen progress lookup: no personal data; rate-limited per address",
          {},
          {},
          200,
          jsonRef("PublicDossier"),
          {429}}},
    };
    return table;
}

} // namespace motcua::server::openapi
