#include "core/api/ProblemText.h"

#include <QCoreApplication>
#include <QHash>

namespace motcua::client {

namespace {

const char* const kContext = "ProblemText";

struct Entry {
    const char* code;
    const char* text;
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated when shown.
const Entry kMessages[] = {
    {"auth.invalid_credentials", QT_TRANSLATE_NOOP("ProblemText", "Wrong user name or password.")},
    {"auth.account_disabled", QT_TRANSLATE_NOOP("ProblemText", "This account has been disabled.")},
    {"auth.throttled",
     QT_TRANSLATE_NOOP("ProblemText", "Too many failed attempts. Wait a moment and try again.")},
    {"auth.offline_unknown_user",
     QT_TRANSLATE_NOOP("ProblemText", "The server cannot be reached and this user has never "
                                      "logged in on this workstation.")},
    {"auth.required", QT_TRANSLATE_NOOP("ProblemText", "Please log in again.")},
    {"auth.refresh_invalid",
     QT_TRANSLATE_NOOP("ProblemText", "The session has ended. Please log in again.")},
    {"auth.not_logged_in", QT_TRANSLATE_NOOP("ProblemText", "Please log in first.")},
    {"intake.invalid",
     QT_TRANSLATE_NOOP("ProblemText", "The dossier has errors; check the marked fields.")},
    {"intake.bad_received_at",
     QT_TRANSLATE_NOOP("ProblemText",
                       "The time of receipt is refused by the server (older than 31 days, or in "
                       "the future: check this computer's clock).")},
    {"idempotency.key_reused",
     QT_TRANSLATE_NOOP("ProblemText", "The server already received this dossier in another form.")},
    {"dossier.not_found",
     QT_TRANSLATE_NOOP("ProblemText", "This dossier is not on this workstation.")},
    {"store.write_failed",
     QT_TRANSLATE_NOOP("ProblemText",
                       "The data could not be saved on this computer (is the disk full?).")},
    {"auth.forbidden",
     QT_TRANSLATE_NOOP("ProblemText", "Your role does not allow this operation.")},
    {"auth.token_expired", QT_TRANSLATE_NOOP("ProblemText", "Your session expired. Log in again.")},
    {"network", QT_TRANSLATE_NOOP("ProblemText", "The server cannot be reached.")},
    {"citizenId.empty", QT_TRANSLATE_NOOP("ProblemText", "Enter the ID number.")},
    {"citizenId.non_digit", QT_TRANSLATE_NOOP("ProblemText", "An ID number has digits only.")},
    {"citizenId.bad_length",
     QT_TRANSLATE_NOOP("ProblemText",
                       "A citizen ID (CCCD) has 12 digits; an old ID card (CMND) has 9.")},
    {"citizenId.bad_province",
     QT_TRANSLATE_NOOP("ProblemText",
                       "The first three digits of this ID are not a province code.")},
    {"citizenId.bad_birth_year",
     QT_TRANSLATE_NOOP("ProblemText", "The birth year coded in this ID is in the future.")},
    {"legacyId.empty", QT_TRANSLATE_NOOP("ProblemText", "Enter the ID number.")},
    {"legacyId.non_digit", QT_TRANSLATE_NOOP("ProblemText", "An ID number has digits only.")},
    {"legacyId.bad_length",
     QT_TRANSLATE_NOOP("ProblemText",
                       "A citizen ID (CCCD) has 12 digits; an old ID card (CMND) has 9.")},
    {"citizenCard.empty", QT_TRANSLATE_NOOP("ProblemText", "The ID card's code is empty.")},
    {"citizenCard.field_count",
     QT_TRANSLATE_NOOP("ProblemText",
                       "This is not a citizen ID card's code (it does not have 7 fields).")},
    {"citizenCard.bad_id",
     QT_TRANSLATE_NOOP("ProblemText", "The ID number in the card's code is not valid.")},
    {"citizenCard.bad_old_id",
     QT_TRANSLATE_NOOP("ProblemText", "The old ID number in the card's code is not valid.")},
    {"citizenCard.bad_name",
     QT_TRANSLATE_NOOP("ProblemText", "The name in the card's code is not valid.")},
    {"citizenCard.empty_name", QT_TRANSLATE_NOOP("ProblemText", "The card's code has no name.")},
    {"citizenCard.bad_birth_date",
     QT_TRANSLATE_NOOP("ProblemText", "The date of birth in the card's code is not valid.")},
    {"citizenCard.birth_year_mismatch",
     QT_TRANSLATE_NOOP("ProblemText",
                       "The date of birth does not match the birth year in the ID number.")},
    {"citizenCard.bad_sex", QT_TRANSLATE_NOOP("ProblemText", "The sex in the card's code is "
                                                             "not Nam or Nữ.")},
    {"citizenCard.sex_mismatch",
     QT_TRANSLATE_NOOP("ProblemText", "The sex does not match the one coded in the ID number.")},
    {"citizenCard.bad_address",
     QT_TRANSLATE_NOOP("ProblemText", "The address in the card's code is not valid.")},
    {"citizenCard.empty_address",
     QT_TRANSLATE_NOOP("ProblemText", "The card's code has no address.")},
    {"citizenCard.bad_issue_date",
     QT_TRANSLATE_NOOP("ProblemText", "The date of issue in the card's code is not valid.")},
    {"taxCode.empty", QT_TRANSLATE_NOOP("ProblemText", "Enter the tax code.")},
    {"taxCode.non_digit", QT_TRANSLATE_NOOP("ProblemText", "A tax code has digits only.")},
    {"taxCode.bad_length",
     QT_TRANSLATE_NOOP("ProblemText", "A tax code has 10 digits, or 13 for a branch.")},
    {"taxCode.bad_branch",
     QT_TRANSLATE_NOOP("ProblemText", "The branch part of this tax code is not valid.")},
    {"phone.empty", QT_TRANSLATE_NOOP("ProblemText", "Enter the phone number.")},
    {"phone.bad_character",
     QT_TRANSLATE_NOOP("ProblemText", "A phone number has digits only (spaces and dots allowed).")},
    {"phone.letters", QT_TRANSLATE_NOOP("ProblemText", "A phone number has no letters.")},
    {"phone.too_short", QT_TRANSLATE_NOOP("ProblemText", "This phone number is too short.")},
    {"phone.too_long", QT_TRANSLATE_NOOP("ProblemText", "This phone number is too long.")},
    {"phone.unknown_prefix",
     QT_TRANSLATE_NOOP("ProblemText", "This phone number has an unknown prefix.")},
    {"phone.foreign_number",
     QT_TRANSLATE_NOOP("ProblemText", "Only Vietnamese phone numbers are accepted.")},
    {"intake.name_required", QT_TRANSLATE_NOOP("ProblemText", "Enter the full name.")},
    {"intake.id_required",
     QT_TRANSLATE_NOOP("ProblemText", "Enter the ID number (or the tax code).")},
    {"intake.missing_component",
     QT_TRANSLATE_NOOP("ProblemText", "A required paper has not been received: guide the "
                                      "citizen to complete the dossier instead.")},
    {"intake.unknown_procedure",
     QT_TRANSLATE_NOOP("ProblemText", "This procedure is not in the catalogue.")},
    {"intake.unknown_component",
     QT_TRANSLATE_NOOP("ProblemText", "A paper does not belong to this procedure.")},
    {"intake.duplicate_component", QT_TRANSLATE_NOOP("ProblemText", "A paper is listed twice.")},
    {"intake.code_used",
     QT_TRANSLATE_NOOP("ProblemText", "This dossier code is already used on the server.")},
    {"intake.code_mismatch",
     QT_TRANSLATE_NOOP("ProblemText", "This dossier code belongs to another agency or day.")},
    {"intake.code_not_reserved",
     QT_TRANSLATE_NOOP("ProblemText", "This dossier code was never reserved for a counter.")},
    {"intake.procedure_required", QT_TRANSLATE_NOOP("ProblemText", "Choose a procedure first.")},
    {"intake.case_required",
     QT_TRANSLATE_NOOP("ProblemText", "Choose the case: the papers, time and fees depend on it.")},
    {"intake.unknown_case",
     QT_TRANSLATE_NOOP("ProblemText", "This case is not one of the procedure's cases.")},
    {"catalogue.procedure_exists",
     QT_TRANSLATE_NOOP("ProblemText", "A procedure with this code exists already: change it "
                                      "with a new version instead.")},
    {"catalogue.foreign_agency",
     QT_TRANSLATE_NOOP("ProblemText", "A procedure can be saved for your own agency only.")},
    {"catalogue.code_mismatch",
     QT_TRANSLATE_NOOP("ProblemText", "The national code cannot change.")},
    {"procedure.not_draft",
     QT_TRANSLATE_NOOP("ProblemText", "This version is published and never changes: save the "
                                      "change as a new draft.")},
    {"procedure.no_version", QT_TRANSLATE_NOOP("ProblemText", "This version does not exist.")},
    {"procedure.effective_missing",
     QT_TRANSLATE_NOOP("ProblemText", "Choose the day the version takes effect.")},
    {"procedure.effective_in_past",
     QT_TRANSLATE_NOOP("ProblemText", "A version takes effect today or later.")},
    {"procedure.effective_before_previous",
     QT_TRANSLATE_NOOP("ProblemText", "An earlier version takes effect after this day: choose "
                                      "that day or a later one.")},
    {"procedure.is_draft",
     QT_TRANSLATE_NOOP("ProblemText", "This version is a draft: change it, or publish it.")},
    {"procedure.end_too_early",
     QT_TRANSLATE_NOOP("ProblemText", "A version in force ends today at the earliest: dossiers "
                                      "were received under it.")},
    {"procedure.overlap",
     QT_TRANSLATE_NOOP("ProblemText", "Another published version is in force on these days.")},
    {"procedure.reason_required",
     QT_TRANSLATE_NOOP("ProblemText", "Write the reason: it is kept in the audit log.")},
    {"import.code_missing",
     QT_TRANSLATE_NOOP("ProblemText", "The record has no procedure code (MATTHC).")},
    {"import.name_missing",
     QT_TRANSLATE_NOOP("ProblemText", "The record has no procedure name (TENTTHC).")},
    {"import.unknown_field",
     QT_TRANSLATE_NOOP("ProblemText", "The record's field is not in this catalogue: choose the "
                                      "field of the draft.")},
    {"import.unknown_agency",
     QT_TRANSLATE_NOOP("ProblemText", "The record names another agency: the draft is for yours.")},
    {"import.calendar_days",
     QT_TRANSLATE_NOOP("ProblemText", "The record counts calendar days; they were taken as "
                                      "working days: check the time.")},
    {"import.unknown_unit",
     QT_TRANSLATE_NOOP("ProblemText", "The record's time unit is unknown; it was taken as "
                                      "working days: check the time.")},
    {"import.bad_number",
     QT_TRANSLATE_NOOP("ProblemText", "A count of copies in the record is not a number; it was "
                                      "taken as 0: check the paper.")},
    {"catalogue.code_invalid",
     QT_TRANSLATE_NOOP("ProblemText", "A national code is digits in dotted groups, as in the "
                                      "national database (e.g. 1.001612).")},
    {"catalogue.name_required", QT_TRANSLATE_NOOP("ProblemText", "Give the procedure a name.")},
    {"catalogue.agency_required",
     QT_TRANSLATE_NOOP("ProblemText", "Choose the agency that receives this procedure.")},
    {"procedure.single_case",
     QT_TRANSLATE_NOOP("ProblemText", "A procedure with a single case keeps its papers, time and "
                                      "fees on the procedure itself: remove the case.")},
    {"procedure.case_id_duplicate",
     QT_TRANSLATE_NOOP("ProblemText", "Two cases have the same number.")},
    {"procedure.case_name_required", QT_TRANSLATE_NOOP("ProblemText", "Give the case a name.")},
    {"procedure.case_name_duplicate",
     QT_TRANSLATE_NOOP("ProblemText", "Two cases have the same name.")},
    {"procedure.component_id_duplicate",
     QT_TRANSLATE_NOOP("ProblemText", "Two papers have the same number.")},
    {"procedure.channel_time_invalid",
     QT_TRANSLATE_NOOP("ProblemText", "Give the time of each channel once; the time in person "
                                      "is the case's own.")},
    {"intake.reason_required",
     QT_TRANSLATE_NOOP("ProblemText", "Write the reason: it is printed on the form.")},
    {"intake.nothing_to_complete",
     QT_TRANSLATE_NOOP("ProblemText", "Mark the missing papers, or note what is wrong with a "
                                      "paper, before guiding the citizen.")},
    {"codes.no_reserved_numbers",
     QT_TRANSLATE_NOOP("ProblemText", "The server cannot be reached and no reserved dossier "
                                      "number is left for today.")},
    {"codes.persist_failed",
     QT_TRANSLATE_NOOP("ProblemText", "The dossier number could not be saved on this "
                                      "workstation. Check the disk and try again.")},
    {"workflow.version_conflict",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Someone else changed this dossier meanwhile. Compare and decide.")},
    {"workflow.wrong_status",
     QT_TRANSLATE_NOOP("ProblemText", "This is not possible in the dossier's current status.")},
    {"workflow.terminal_state",
     QT_TRANSLATE_NOOP("ProblemText", "This dossier is closed; nothing more can be done.")},
    {"workflow.role_not_permitted",
     QT_TRANSLATE_NOOP("ProblemText", "Your role does not allow this action.")},
    {"workflow.reason_required", QT_TRANSLATE_NOOP("ProblemText", "Write the reason.")},
    {"workflow.recipient_required",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Record the name and ID number of the person taking the result.")},
    {"workflow.fee_receipt_required",
     QT_TRANSLATE_NOOP("ProblemText", "Fees are due at return: enter the receipt number.")},
    {"workflow.deadline_unavailable",
     QT_TRANSLATE_NOOP("ProblemText", "No appointment date can be computed (calendar).")},
    {"workflow.not_assignee",
     QT_TRANSLATE_NOOP("ProblemText", "Only the officer assigned to this step can do this.")},
    {"workflow.wrong_unit", QT_TRANSLATE_NOOP("ProblemText", "The dossier is with another unit.")},
    {"workflow.second_supplement_needs_leader",
     QT_TRANSLATE_NOOP("ProblemText", "A second supplement request needs a leader's decision.")},
    {"workflow.wrong_step",
     QT_TRANSLATE_NOOP("ProblemText", "Not possible at the dossier's current step.")},
    {"workflow.no_next_step",
     QT_TRANSLATE_NOOP("ProblemText", "This is the last step: mark the result ready.")},
    {"workflow.no_previous_step",
     QT_TRANSLATE_NOOP("ProblemText", "There is no processing step before this one.")},
    {"workflow.target_required",
     QT_TRANSLATE_NOOP("ProblemText", "Choose the officer or unit to hand it to.")},
    {"workflow.apology_too_late",
     QT_TRANSLATE_NOOP("ProblemText", "The appointment has passed: an apology must be issued "
                                      "before it.")},
    {"workflow.no_pending_apology",
     QT_TRANSLATE_NOOP("ProblemText", "No apology is waiting for approval.")},
    {"workflow.appointment_required",
     QT_TRANSLATE_NOOP("ProblemText", "Choose the new appointment.")},
    {"workflow.appointment_not_later",
     QT_TRANSLATE_NOOP("ProblemText", "The new appointment must be after the current one.")},
    {"workflow.time_required", QT_TRANSLATE_NOOP("ProblemText", "The action has no time.")},
    {"workflow.invalid_definition",
     QT_TRANSLATE_NOOP("ProblemText", "The procedure's workflow is not valid; ask the "
                                      "administrator.")},
    {"workflow.transition_dangling",
     QT_TRANSLATE_NOOP("ProblemText", "An arrow leads from or to a step that does not exist.")},
    {"workflow.transition_invalid",
     QT_TRANSLATE_NOOP("ProblemText", "This arrow does not fit its steps: only an approval step "
                                      "approves, intake forwards, and nothing leads back into "
                                      "intake or to the same step.")},
    {"workflow.transition_duplicate",
     QT_TRANSLATE_NOOP("ProblemText", "The same arrow is drawn twice.")},
    {"workflow.intake_exit",
     QT_TRANSLATE_NOOP("ProblemText", "Intake needs exactly one forward arrow: the step an "
                                      "accepted dossier goes to.")},
    {"workflow.unit_required",
     QT_TRANSLATE_NOOP("ProblemText", "Every step needs the unit responsible for it.")},
    {"workflow.unreachable",
     QT_TRANSLATE_NOOP("ProblemText", "No way from intake leads to this step.")},
    {"workflow.step_action_invalid",
     QT_TRANSLATE_NOOP("ProblemText", "Only requests and a leader's decisions can be withheld in "
                                      "a step.")},
    {"workflow.not_in_step",
     QT_TRANSLATE_NOOP("ProblemText", "The process does not allow this in the dossier's current "
                                      "step.")},
    {"workflow.no_way_to_result",
     QT_TRANSLATE_NOOP("ProblemText", "From this step no way leads to the result.")},
    {"workflow.path_exceeds_statutory",
     QT_TRANSLATE_NOOP("ProblemText", "A way through the process takes longer than the statutory "
                                      "time.")},
    {"workflow.step_required",
     QT_TRANSLATE_NOOP("ProblemText", "The process goes on to several steps here: choose one.")},
    {"workflow.no_transition",
     QT_TRANSLATE_NOOP("ProblemText", "The process does not lead to that step from here.")},
    {"codec.invalid_json",
     QT_TRANSLATE_NOOP("ProblemText", "The server could not read the request.")},
    {"attachment.unsupported_type",
     QT_TRANSLATE_NOOP("ProblemText", "Only PDF, PNG, JPEG and TIFF files can be attached (the "
                                      "file's content is checked, not its name).")},
    {"attachment.too_large",
     QT_TRANSLATE_NOOP("ProblemText", "The file is larger than 50 MiB and cannot be attached. "
                                      "Scan at a lower resolution or split it.")},
    {"body_too_large",
     QT_TRANSLATE_NOOP("ProblemText", "The server refused the file: it is larger than the "
                                      "server allows.")},
    {"attachment.empty", QT_TRANSLATE_NOOP("ProblemText", "The file is empty.")},
    {"form.unsupported_type",
     QT_TRANSLATE_NOOP("ProblemText", "A blank form is a PDF, an image (PNG, JPEG, TIFF) or a "
                                      "Word or OpenDocument text file (the file's content is "
                                      "checked, not its name).")},
    {"form.too_large", QT_TRANSLATE_NOOP("ProblemText", "The blank form is larger than 10 MiB.")},
    {"form.bad_name",
     QT_TRANSLATE_NOOP("ProblemText",
                       "The file name must have 1 to 200 characters and no slashes.")},
    {"form.unavailable",
     QT_TRANSLATE_NOOP("ProblemText", "This blank form has not reached this workstation yet: "
                                      "connect to the server once to fetch it.")},
    {"procedure.unknown_form",
     QT_TRANSLATE_NOOP("ProblemText", "The server does not hold this blank form: attach the "
                                      "file again.")},
    {"procedure.form_invalid",
     QT_TRANSLATE_NOOP("ProblemText", "The blank form of this paper is not a file of the "
                                      "server: attach it again.")},
    {"bundle.bad_form",
     QT_TRANSLATE_NOOP("ProblemText", "A blank form in the catalogue file is damaged or of a "
                                      "type not accepted.")},
    {"attachment.unknown_component",
     QT_TRANSLATE_NOOP("ProblemText", "The dossier has no such paper to attach the file to.")},
    {"attachment.bad_component",
     QT_TRANSLATE_NOOP("ProblemText", "The dossier has no such paper to attach the file to.")},
    {"attachment.bad_name",
     QT_TRANSLATE_NOOP("ProblemText",
                       "The file name must have 1 to 200 characters and no slashes.")},
    {"attachment.missing",
     QT_TRANSLATE_NOOP("ProblemText",
                       "The file to upload is no longer on this workstation; attach it again.")},
    {"attachment.corrupt",
     QT_TRANSLATE_NOOP("ProblemText", "The file received from the server is damaged (its "
                                      "checksum does not match); it was not kept.")},
    {"not_found",
     QT_TRANSLATE_NOOP("ProblemText", "The server does not have this dossier or file.")},
    {"storage.failed",
     QT_TRANSLATE_NOOP("ProblemText", "The local store could not be written. Nothing was "
                                      "saved; check the disk and try again.")},
};

const Entry kFields[] = {
    {"procedureCode", QT_TRANSLATE_NOOP("ProblemText", "Procedure")},
    {"nationalCode", QT_TRANSLATE_NOOP("ProblemText", "National code")},
    {"name", QT_TRANSLATE_NOOP("ProblemText", "Name")},
    {"agencyId", QT_TRANSLATE_NOOP("ProblemText", "Agency")},
    {"effectiveFrom", QT_TRANSLATE_NOOP("ProblemText", "Effective from")},
    {"caseId", QT_TRANSLATE_NOOP("ProblemText", "Case")},
    {"owner.fullName", QT_TRANSLATE_NOOP("ProblemText", "Owner's full name")},
    {"owner.idNumber", QT_TRANSLATE_NOOP("ProblemText", "Owner's ID number")},
    {"owner.phone", QT_TRANSLATE_NOOP("ProblemText", "Owner's phone")},
    {"submitter.fullName", QT_TRANSLATE_NOOP("ProblemText", "Submitter's full name")},
    {"submitter.idNumber", QT_TRANSLATE_NOOP("ProblemText", "Submitter's ID number")},
    {"submitter.phone", QT_TRANSLATE_NOOP("ProblemText", "Submitter's phone")},
    {"representative.fullName", QT_TRANSLATE_NOOP("ProblemText", "Representative's full name")},
    {"representative.idNumber", QT_TRANSLATE_NOOP("ProblemText", "Representative's ID number")},
    {"representative.phone", QT_TRANSLATE_NOOP("ProblemText", "Representative's phone")},
    {"components", QT_TRANSLATE_NOOP("ProblemText", "Papers")},
    {"recipient.fullName", QT_TRANSLATE_NOOP("ProblemText", "Recipient's full name")},
    {"recipient.idNumber", QT_TRANSLATE_NOOP("ProblemText", "Recipient's ID number")},
    {"feeReceiptNumber", QT_TRANSLATE_NOOP("ProblemText", "Fee receipt number")},
    {"comment", QT_TRANSLATE_NOOP("ProblemText", "Reason")},
};

QString lookup(const Entry* begin, const Entry* end, const QString& key)
{
    for (const Entry* e = begin; e != end; ++e) {
        if (key == QLatin1String(e->code))
            return QCoreApplication::translate(kContext, e->text);
    }
    return {};
}

} // namespace

QString ProblemText::message(const QString& code)
{
    const QString text = lookup(std::begin(kMessages), std::end(kMessages), code);
    if (!text.isEmpty())
        return text;
    // A code of a known family this client has no words for yet (a newer server).
    if (code.startsWith(QLatin1String("intake.")) || code.startsWith(QLatin1String("citizenId.")) ||
        code.startsWith(QLatin1String("phone.")) || code.startsWith(QLatin1String("codec.")))
        return message(QStringLiteral("intake.invalid"));
    if (code.startsWith(QLatin1String("store.")))
        return message(QStringLiteral("store.write_failed"));
    return QCoreApplication::translate("ProblemText", "The operation was refused (%1).").arg(code);
}

QString ProblemText::fieldLabel(const QString& path)
{
    return lookup(std::begin(kFields), std::end(kFields), path);
}

} // namespace motcua::client
