#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace motcua {

// The enumerations of the domain. Each has a stable wire name (camelCase, used in JSON and in the
// database) and, where the national portal defines one, its national number.

enum class Role { Administrator, Receptionist, Specialist, Leader };

// National channel codes: 1 in person, 2 online, 3 public postal service.
enum class Channel { Direct = 1, Online = 2, Post = 3 };

// National applicant type codes: 1 citizen, 2 business, 3 state agency, 4 other organisation.
enum class ApplicantType { Citizen = 1, Business = 2, Agency = 3, Organisation = 4 };

// National dossier status codes 1–10 (the values are the codes).
enum class DossierStatus {
    Registered = 1,          // mới đăng ký
    Accepted = 2,            // đã tiếp nhận
    NotAccepted = 3,         // không tiếp nhận
    InProgress = 4,          // đang xử lý
    SupplementRequested = 5, // yêu cầu bổ sung
    FinancialObligation = 6, // yêu cầu thực hiện nghĩa vụ tài chính
    Withdrawn = 7,           // công dân xin rút
    Stopped = 8,             // dừng xử lý
    Finished = 9,            // đã xử lý xong
    Returned = 10,           // đã trả kết quả
};

// Calendar days (ngày): counted whole, rest days included; a last day that is not a working day
// moves to the next working day (Civil Code 2015, art. 148).
enum class DurationUnit { WorkingDays, WorkingHours, CalendarDays };

// Online public-service level of a procedure (Decree 42/2022): information only, partly online,
// fully online.
enum class ServiceLevel { Basic, PartialOnline, FullOnline };

// When a fee is collected.
enum class FeeCollection { None, AtIntake, AtReturn, Exempt };

enum class PaymentMethod { None, Cash, Transfer };

// What a workflow step is for; the engine uses it to know where approval and the result happen.
enum class StepKind { Intake, Assign, Process, Review, Approve, Issue };

// Why the deadline clock is stopped.
enum class PauseKind { Supplement, FinancialObligation };

// How a finished dossier (or one step) compares with its deadline, at day level.
enum class Timeliness { Early, OnTime, Late };

// What a user can do to a dossier (see workflow/WorkflowEngine.h for who may do what, when).
enum class WorkflowAction {
    Accept,                     // intake: accept with a code and an appointment (Mẫu 01)
    GuideToComplete,            // intake: ask for every missing paper at once (Mẫu 02)
    Refuse,                     // at intake (Mẫu 03) or, by a leader, as the processing result
    Forward,                    // hand over to the next step (optionally to a named officer)
    Reassign,                   // head of unit gives the current step to another officer
    ReturnToPrevious,           // send back one step, with a reason
    Transfer,                   // move to another unit or agency
    RequestSupplement,          // clock stops until the citizen supplies (Mẫu 02)
    ReceiveSupplement,          // clock restarts
    RequestFinancialObligation, // clock stops until fees/taxes are settled
    ResumeAfterFinancialObligation, // clock restarts
    Stop,                           // processing stopped, with a reason
    Approve,                        // leader approves or signs
    MarkResultReady,                // result document recorded; ready to return
    ReturnResult,                   // handed back at the counter
    Withdraw,                       // at the citizen's request, any time before the result
    // Appended after Withdraw so earlier values keep their order (wire names are what count).
    Comment,        // an opinion on the current step; changes nothing else
    ProposeApology, // the officer proposes a new appointment with a reason (Mẫu 04)
    ApproveApology, // the head of the unit makes the pending proposal effective
};

// Wire names. name(x) never fails; parseX returns nullopt for an unknown name.
QString name(Role v);
QString name(Channel v);
QString name(ApplicantType v);
QString name(DossierStatus v);
QString name(DurationUnit v);
QString name(ServiceLevel v);
QString name(FeeCollection v);
QString name(PaymentMethod v);
QString name(StepKind v);
QString name(PauseKind v);
QString name(Timeliness v);
QString name(WorkflowAction v);

template <typename E> std::optional<E> parseEnum(const QString& wireName);

// All wire names of an enumeration, in declaration order (for error messages and OpenAPI).
template <typename E> QStringList enumNames();

// National status code 1–10 and back.
int nationalCode(DossierStatus s);
std::optional<DossierStatus> statusFromNationalCode(int code);

// Final states: nothing more happens to the dossier.
bool isTerminal(DossierStatus s);

} // namespace motcua
