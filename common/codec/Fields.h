#pragma once

// The wire description of every domain type: one `describe` per type, naming each JSON field,
// whether decoding requires it, and integer bounds. Encoding and decoding both run through it.

#include "calendar/CalendarSettings.h"
#include "codec/JsonVisitors.h"
#include "domain/Agency.h"
#include "domain/AuthMessages.h"
#include "domain/Dossier.h"
#include "domain/Field.h"
#include "domain/IntakeRequest.h"
#include "domain/MoveProcessRequest.h"
#include "domain/Procedure.h"
#include "domain/User.h"

namespace motcua::codec {

inline constexpr auto Req = Presence::Required;
inline constexpr auto Opt = Presence::Optional;
inline constexpr Bounds kCount{0, 1000};
inline constexpr Bounds kMoney{0, kMaxSafeInteger};

template <typename V> void describe(V& v, Agency& a)
{
    v("id", a.id, Req);
    v("name", a.name, Req);
    v("parentId", a.parentId);
    v("effectiveFrom", a.effectiveFrom);
    v("effectiveTo", a.effectiveTo);
    v("successorId", a.successorId);
    v("address", a.address);
    v("phone", a.phone);
}

template <typename V> void describe(V& v, Field& f)
{
    v("code", f.code, Req);
    v("name", f.name, Req);
}

template <typename V> void describe(V& v, User& u)
{
    v("username", u.username, Req);
    v("fullName", u.fullName, Req);
    v("roles", u.roles, Req);
    v("agencyId", u.agencyId);
    v("unit", u.unit);
    v("phone", u.phone);
    v("email", u.email);
    v("active", u.active);
    v("version", u.version, Opt, kNonNegative);
}

template <typename V> void describe(V& v, Duration& d)
{
    v("value", d.value, Req, Bounds{0, 10000});
    v("unit", d.unit, Req);
}

template <typename V> void describe(V& v, ComponentRequirement& c)
{
    v("id", c.id, Req, Bounds{1, 1000000});
    v("name", c.name, Req);
    v("originals", c.originals, Opt, kCount);
    v("certifiedCopies", c.certifiedCopies, Opt, kCount);
    v("photocopies", c.photocopies, Opt, kCount);
    v("mandatory", c.mandatory);
    v("note", c.note);
    v("formSha256", c.formSha256); // API 1.6
    v("formName", c.formName);
}

template <typename V> void describe(V& v, Fee& f)
{
    v("name", f.name, Req);
    v("amountVnd", f.amountVnd, Req, kMoney);
    v("collection", f.collection);
    v("note", f.note);
    v("channels", f.channels); // none: every channel
}

template <typename V> void describe(V& v, ChannelTime& t)
{
    v("channel", t.channel, Req);
    v("time", t.time, Req);
}

template <typename V> void describe(V& v, WorkflowStep& s)
{
    v("id", s.id, Req);
    v("name", s.name, Req);
    v("kind", s.kind, Req);
    v("role", s.role, Req);
    v("unit", s.unit);
    v("duration", s.duration);
    v("nationalStatus", s.nationalStatus, Opt, Bounds{0, 10});
    v("mayReturn", s.mayReturn);
    v("notifyCitizen", s.notifyCitizen);
    v("withheld", s.withheld); // API 1.6
}

template <typename V> void describe(V& v, WorkflowTransition& t)
{
    v("from", t.from, Req);
    v("to", t.to, Req);
    v("action", t.action, Req);
    v("name", t.name);
}

template <typename V> void describe(V& v, StepPosition& p)
{
    v("stepId", p.stepId, Req);
    v("x", p.x, Opt, Bounds{-1000000, 1000000});
    v("y", p.y, Opt, Bounds{-1000000, 1000000});
}

template <typename V> void describe(V& v, WorkflowDefinition& w)
{
    v("id", w.id);
    v("steps", w.steps);
    v("transitions", w.transitions); // none: the steps in order
    v("layout", w.layout);
}

template <typename V> void describe(V& v, ProcedureCase& c)
{
    v("id", c.id, Req, Bounds{1, 1000000});
    v("name", c.name, Req);
    v("components", c.components);
    v("statutoryTime", c.statutoryTime, Req);
    v("channelTimes", c.channelTimes);
    v("fees", c.fees);
    v("workflow", c.workflow);
    v("needsAppointment", c.needsAppointment);
}

template <typename V> void describe(V& v, Procedure& p)
{
    v("nationalCode", p.nationalCode, Req);
    v("localCode", p.localCode);
    v("name", p.name, Req);
    v("fieldCode", p.fieldCode);
    v("agencyId", p.agencyId);
    v("serviceLevel", p.serviceLevel);
    v("statutoryTime", p.statutoryTime, Req);
    v("channelTimes", p.channelTimes);
    v("fees", p.fees);
    v("components", p.components);
    v("resultDocument", p.resultDocument);
    v("legalBasis", p.legalBasis);
    v("conditions", p.conditions);
    v("applicants", p.applicants);
    v("workflow", p.workflow);
    v("needsAppointment", p.needsAppointment);
    v("cases", p.cases); // none: the top-level rules are the one case
    v("version", p.version, Opt, Bounds{1, kMaxSafeInteger});
    v("effectiveFrom", p.effectiveFrom);
    v("effectiveTo", p.effectiveTo);
}

template <typename V> void describe(V& v, Person& p)
{
    v("fullName", p.fullName);
    v("idNumber", p.idNumber);
    v("birthDate", p.birthDate);
    v("phone", p.phone);
    v("email", p.email);
    v("address", p.address);
}

template <typename V> void describe(V& v, ReceivedComponent& c)
{
    v("componentId", c.componentId, Req, Bounds{1, 1000000});
    v("name", c.name);
    v("received", c.received);
    v("originals", c.originals, Opt, kCount);
    v("certifiedCopies", c.certifiedCopies, Opt, kCount);
    v("photocopies", c.photocopies, Opt, kCount);
    v("digitised", c.digitised);
    v("reused", c.reused);
    v("note", c.note);
}

template <typename V> void describe(V& v, FeeLine& f)
{
    v("name", f.name, Req);
    v("amountVnd", f.amountVnd, Req, kMoney);
    v("collection", f.collection);
    v("method", f.method);
    v("receiptNumber", f.receiptNumber);
    v("paidAt", f.paidAt);
}

template <typename V> void describe(V& v, Pause& p)
{
    v("kind", p.kind, Req);
    v("from", p.from, Req);
    v("to", p.to);
    v("reason", p.reason);
}

template <typename V> void describe(V& v, StepDeadline& s)
{
    v("stepId", s.stepId, Req);
    v("assignee", s.assignee);
    v("startedAt", s.startedAt);
    v("dueAt", s.dueAt);
    v("finishedAt", s.finishedAt);
}

template <typename V> void describe(V& v, HistoryEntry& h)
{
    v("at", h.at, Req);
    v("actor", h.actor, Req);
    v("action", h.action, Req);
    v("fromStep", h.fromStep);
    v("toStep", h.toStep);
    v("toUser", h.toUser);
    v("comment", h.comment);
    v("stepTimeliness", h.stepTimeliness);
    v("statusAfter", h.statusAfter, Req);
}

template <typename V> void describe(V& v, Apology& a)
{
    v("proposedAt", a.proposedAt, Req);
    v("proposedBy", a.proposedBy, Req);
    v("reason", a.reason);
    v("previousAppointment", a.previousAppointment);
    v("newAppointment", a.newAppointment, Req);
    v("approvedAt", a.approvedAt);
    v("approvedBy", a.approvedBy);
}

template <typename V> void describe(V& v, Dossier& d)
{
    v("code", d.code, Req);
    v("agencyId", d.agencyId);
    v("procedureCode", d.procedureCode, Req);
    v("procedureVersion", d.procedureVersion, Opt, kNonNegative);
    v("procedureName", d.procedureName);
    v("caseId", d.caseId, Opt, kNonNegative);
    v("caseName", d.caseName);
    v("statutoryTime", d.statutoryTime);
    v("workflow", d.workflow);
    v("channel", d.channel, Req);
    v("applicantType", d.applicantType, Req);
    v("submitter", d.submitter);
    v("owner", d.owner, Req);
    v("representative", d.representative);
    v("components", d.components);
    v("sets", d.sets, Opt, Bounds{1, 100});
    v("fees", d.fees);
    v("receivedAt", d.receivedAt);
    v("appointmentAt", d.appointmentAt);
    v("finishedAt", d.finishedAt);
    v("returnedAt", d.returnedAt);
    v("returnedTo", d.returnedTo);
    v("status", d.status, Req);
    v("currentStepId", d.currentStepId);
    v("currentUnit", d.currentUnit);
    v("assignee", d.assignee);
    v("stepDeadlines", d.stepDeadlines);
    v("pauses", d.pauses);
    v("supplementRequests", d.supplementRequests, Opt, kCount);
    v("countedLate", d.countedLate);
    v("refused", d.refused);
    v("apologies", d.apologies); // optional: dossiers stored before apologies decode as none
    v("history", d.history);
    v("version", d.version, Opt, kNonNegative);
}

template <typename V> void describe(V& v, WorkPeriod& p)
{
    v("start", p.start, Req);
    v("end", p.end, Req);
}

template <typename V> void describe(V& v, DayOverride& o)
{
    v("date", o.date, Req);
    v("working", o.working, Req);
    v("reason", o.reason);
    v("periods", o.periods);
}

template <typename V> void describe(V& v, CalendarSettings& s)
{
    v("weekly", s.weekly, Req);
    v("cutoff", s.cutoff, Req);
    v("overrides", s.overrides);
}

template <typename V> void describe(V& v, IntakeComponent& c)
{
    v("componentId", c.componentId, Req, Bounds{1, 1000000});
    v("originals", c.originals, Opt, kCount);
    v("certifiedCopies", c.certifiedCopies, Opt, kCount);
    v("photocopies", c.photocopies, Opt, kCount);
    v("note", c.note);
}

template <typename V> void describe(V& v, IntakeRequest& r)
{
    v("procedureCode", r.procedureCode, Req);
    v("caseId", r.caseId, Opt, kNonNegative);
    v("channel", r.channel, Req);
    v("applicantType", r.applicantType, Req);
    v("owner", r.owner, Req);
    v("submitter", r.submitter);
    v("representative", r.representative);
    v("components", r.components, Req);
    v("sets", r.sets, Opt, Bounds{1, 100});
    v("receivedAt", r.receivedAt);
    v("code", r.code);
}

template <typename V> void describe(V& v, ActionCommand& c)
{
    v("action", c.action, Req);
    v("version", c.version, Req, kNonNegative);
    v("comment", c.comment);
    v("toUser", c.toUser);
    v("toUnit", c.toUnit);
    v("recipient", c.recipient);
    v("feeReceiptNumber", c.feeReceiptNumber);
    v("paymentMethod", c.paymentMethod);
    v("newAppointment", c.newAppointment); // proposeApology only
    v("toStep", c.toStep); // forward / approve / returnToPrevious where the process branches
}

template <typename V> void describe(V& v, MoveProcessRequest& r)
{
    v("version", r.version, Req, kNonNegative);
    v("procedureVersion", r.procedureVersion, Opt, Bounds{0, 1000000});
    v("toStep", r.toStep, Req);
    v("toUser", r.toUser);
    v("reason", r.reason, Req);
}

template <typename V> void describe(V& v, LoginRequest& r)
{
    v("username", r.username, Req);
    v("password", r.password, Req);
}

template <typename V> void describe(V& v, RefreshRequest& r)
{
    v("refreshToken", r.refreshToken, Req);
}

} // namespace motcua::codec
