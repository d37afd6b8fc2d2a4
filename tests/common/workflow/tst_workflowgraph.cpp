#include "SampleData.h"
#include "TestDates.h"
#include "codec/JsonCodec.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowGraph.h"
#include "workflow/WorkflowSimulator.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kCounter = QStringLiteral("Bộ phận Một cửa");
const QString kJustice = QStringLiteral("Tư pháp - Hộ tịch");
const QString kLand = QStringLiteral("Tài nguyên - Môi trường");
const QString kLeaders = QStringLiteral("Lãnh đạo UBND");

WorkflowStep step(const char* id, StepKind kind, Role role, const QString& unit, Duration time)
{
    WorkflowStep s;
    s.id = QString::fromLatin1(id);
    s.name = s.id;
    s.kind = kind;
    s.role = role;
    s.unit = unit;
    s.duration = time;
    return s;
}

WorkflowTransition arrow(const char* from, const char* to,
                         WorkflowAction a = WorkflowAction::Forward)
{
    return {QString::fromLatin1(from), QString::fromLatin1(to), a, QString()};
}

// Intake, a check by the justice office, then either the land office or the justice office
// itself, the leader's approval (which may send it back to the check), the result.
WorkflowDefinition branched()
{
    WorkflowDefinition d;
    d.id = QStringLiteral("branched");
    d.steps = {step("intake", StepKind::Intake, Role::Receptionist, kCounter, Duration::hours(2)),
               step("check", StepKind::Process, Role::Specialist, kJustice, Duration::hours(4)),
               step("land", StepKind::Process, Role::Specialist, kLand, Duration::days(3)),
               step("justice", StepKind::Process, Role::Specialist, kJustice, Duration::days(1)),
               step("approve", StepKind::Approve, Role::Leader, kLeaders, Duration::hours(4)),
               step("issue", StepKind::Issue, Role::Receptionist, kCounter, Duration::hours(2))};
    d.transitions = {arrow("intake", "check"),
                     arrow("check", "land"),
                     arrow("check", "justice"),
                     arrow("land", "approve"),
                     arrow("justice", "approve"),
                     arrow("approve", "issue", WorkflowAction::Approve),
                     arrow("approve", "check", WorkflowAction::ReturnToPrevious)};
    return d;
}

Actor officer(const QString& unit, Role role = Role::Specialist)
{
    return {QStringLiteral("u-") + QString::number(qHash(unit) % 1000), {role}, unit};
}

ActionRequest act(WorkflowAction a, const QDateTime& at, const QString& toStep = {},
                  const QString& comment = {})
{
    ActionRequest r;
    r.action = a;
    r.at = at;
    r.toStep = toStep;
    r.comment = comment;
    return r;
}

QStringList codes(const QList<Error>& errors)
{
    QStringList out;
    for (const Error& e : errors)
        out << e.code + QLatin1Char('@') + e.path;
    return out;
}

} // namespace

class TestWorkflowGraph : public QObject {
    Q_OBJECT

    DeadlineCalculator m_deadlines{WorkingCalendar(CalendarSettings::standard())};
    WorkflowEngine m_engine{m_deadlines};

    Dossier registered(const WorkflowDefinition& w) const
    {
        Dossier d = sampleDossier();
        d.workflow = w;
        d.status = DossierStatus::Registered;
        d.currentStepId = w.steps.first().id;
        d.currentUnit.clear();
        d.assignee.clear();
        d.receivedAt = {};
        d.appointmentAt = {};
        d.stepDeadlines.clear();
        d.pauses.clear();
        d.history.clear();
        d.version = 0;
        d.statutoryTime = Duration::days(5);
        return d;
    }

    Dossier must(const Dossier& d, const Actor& a, const ActionRequest& r) const
    {
        auto next = m_engine.apply(d, a, r);
        if (!next)
            qFatal("refused: %s",
                   qPrintable(next.error().code + QLatin1Char(' ') + next.error().message));
        return *next;
    }

private slots:
    void aLinearListReadsAsItsChain()
    {
        const WorkflowDefinition linear = sampleDossier().workflow;
        QVERIFY(linear.transitions.isEmpty());
        const auto arrows = WorkflowGraph::transitions(linear);
        QCOMPARE(arrows.size(), linear.steps.size() - 1);
        for (int i = 0; i < arrows.size(); ++i) {
            QCOMPARE(arrows.at(i).from, linear.steps.at(i).id);
            QCOMPARE(arrows.at(i).to, linear.steps.at(i + 1).id);
            QCOMPARE(arrows.at(i).action, linear.steps.at(i).kind == StepKind::Approve
                                              ? WorkflowAction::Approve
                                              : WorkflowAction::Forward);
        }
        QCOMPARE(codes(WorkflowGraph::problems(linear)), QStringList());
        QCOMPARE(WorkflowGraph::paths(linear).size(), 1);
    }

    void aBranchRunsEndToEnd()
    {
        const WorkflowDefinition w = branched();
        QCOMPARE(codes(WorkflowGraph::problems(w)), QStringList());
        const Actor counter{QStringLiteral("counter"), {Role::Receptionist}, kCounter};
        const Actor justice = officer(kJustice);
        const Actor land = officer(kLand);
        const Actor leader = officer(kLeaders, Role::Leader);
        const QDateTime t = vn(2026, 12, 7, 9, 0);

        Dossier d = must(registered(w), counter, act(WorkflowAction::Accept, t));
        QCOMPARE(d.currentStepId, QStringLiteral("check"));
        QCOMPARE(d.currentUnit, kJustice);

        // Two ways on: the officer must say which, and only an arrow of the process is taken.
        auto refused = m_engine.apply(d, justice, act(WorkflowAction::Forward, t.addSecs(60)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("workflow.step_required"));
        QCOMPARE(refused.error().path, QStringLiteral("toStep"));
        refused = m_engine.apply(
            d, justice, act(WorkflowAction::Forward, t.addSecs(60), QStringLiteral("issue")));
        QCOMPARE(refused.error().code, QStringLiteral("workflow.no_transition"));

        d = must(d, justice, act(WorkflowAction::Forward, t.addSecs(60), QStringLiteral("land")));
        QCOMPARE(d.currentStepId, QStringLiteral("land"));
        QCOMPARE(d.currentUnit, kLand);
        // The justice office no longer holds it.
        QVERIFY(!m_engine.permitted(d, justice, WorkflowAction::Forward));

        d = must(d, land, act(WorkflowAction::Forward, t.addSecs(120)));
        QCOMPARE(d.currentStepId, QStringLiteral("approve"));

        // The leader may send it back to the check (an arrow) or to the land office (where it
        // came from): two ways back, so the leader says which.
        refused = m_engine.apply(d, leader,
                                 act(WorkflowAction::ReturnToPrevious, t.addSecs(180), {},
                                     QStringLiteral("thiếu trích lục")));
        QCOMPARE(refused.error().code, QStringLiteral("workflow.step_required"));
        d = must(d, leader,
                 act(WorkflowAction::ReturnToPrevious, t.addSecs(180), QStringLiteral("check"),
                     QStringLiteral("xem lại thẩm quyền")));
        QCOMPARE(d.currentStepId, QStringLiteral("check"));
        QCOMPARE(d.currentUnit, kJustice);
        // The check was entered by acceptance: there is no step to send it back to.
        QCOMPARE(m_engine.permitted(d, justice, WorkflowAction::ReturnToPrevious).error().code,
                 QStringLiteral("workflow.no_previous_step"));

        d = must(d, justice,
                 act(WorkflowAction::Forward, t.addSecs(240), QStringLiteral("justice")));
        QCOMPARE(d.currentStepId, QStringLiteral("justice"));
        // Back from "justice" goes to where it came from, the check.
        Dossier back = must(d, justice,
                            act(WorkflowAction::ReturnToPrevious, t.addSecs(250), {},
                                QStringLiteral("bổ sung ý kiến")));
        QCOMPARE(back.currentStepId, QStringLiteral("check"));

        d = must(d, justice, act(WorkflowAction::Forward, t.addSecs(300)));
        d = must(d, leader, act(WorkflowAction::Approve, t.addSecs(360)));
        QCOMPARE(d.currentStepId, QStringLiteral("issue"));
        QCOMPARE(d.currentUnit, kCounter);
        d = must(d, counter, act(WorkflowAction::MarkResultReady, t.addSecs(420)));
        QCOMPARE(d.status, DossierStatus::Finished);
        QStringList visited;
        for (const HistoryEntry& h : d.history)
            visited << h.toStep;
        QCOMPARE(visited, (QStringList{"check", "land", "approve", "check", "justice", "approve",
                                       "issue", "issue"}));
    }

    void aStepThatForbidsReturnsKeepsOnlyItsArrows()
    {
        WorkflowDefinition w = branched();
        w.steps[4].mayReturn = false; // approve: back to the check only, by its arrow
        const QDateTime t = vn(2026, 12, 7, 9, 0);
        const Actor counter{QStringLiteral("counter"), {Role::Receptionist}, kCounter};
        Dossier d = must(registered(w), counter, act(WorkflowAction::Accept, t));
        d = must(d, officer(kJustice),
                 act(WorkflowAction::Forward, t.addSecs(60), QStringLiteral("justice")));
        d = must(d, officer(kJustice), act(WorkflowAction::Forward, t.addSecs(120)));
        d = must(d, officer(kLeaders, Role::Leader),
                 act(WorkflowAction::ReturnToPrevious, t.addSecs(180), {}, QStringLiteral("sai")));
        QCOMPARE(d.currentStepId, QStringLiteral("check"));
    }

    // What the engine allows in a step comes from the process: the land office asks for no
    // supplement and its file cannot be transferred; the leader may not stop it at approval.
    void aStepWithholdsWhatTheProcessSays()
    {
        WorkflowDefinition w = branched();
        w.steps[2].withheld = {WorkflowAction::RequestSupplement, WorkflowAction::Transfer};
        w.steps[4].withheld = {WorkflowAction::Stop};
        QCOMPARE(codes(WorkflowGraph::problems(w)), QStringList());
        const QDateTime t = vn(2026, 12, 7, 9, 0);
        const Actor counter{QStringLiteral("counter"), {Role::Receptionist}, kCounter};
        const Actor justice = officer(kJustice);
        const Actor land = officer(kLand);
        const Actor leader = officer(kLeaders, Role::Leader);
        Dossier d = must(registered(w), counter, act(WorkflowAction::Accept, t));
        // The check withholds nothing: a supplement may be asked there.
        QVERIFY(m_engine.permitted(d, justice, WorkflowAction::RequestSupplement));
        d = must(d, justice, act(WorkflowAction::Forward, t.addSecs(60), QStringLiteral("land")));
        for (WorkflowAction a : {WorkflowAction::RequestSupplement, WorkflowAction::Transfer}) {
            const Status s = m_engine.permitted(d, land, a);
            QVERIFY(!s);
            QCOMPARE(s.error().code, QStringLiteral("workflow.not_in_step"));
            QVERIFY(s.error().message.contains(QStringLiteral("land")));
        }
        QVERIFY(m_engine.permitted(d, land, WorkflowAction::RequestFinancialObligation));
        QVERIFY(m_engine.permitted(d, land, WorkflowAction::Comment));
        bool listed = false;
        for (const ActionAvailability& a : m_engine.availability(d, land)) {
            if (a.action == WorkflowAction::RequestSupplement) {
                listed = true;
                QVERIFY(!a.status);
                QCOMPARE(a.status.error().code, QStringLiteral("workflow.not_in_step"));
            }
        }
        QVERIFY(listed);
        d = must(d, land, act(WorkflowAction::Forward, t.addSecs(120)));
        QCOMPARE(m_engine.permitted(d, leader, WorkflowAction::Stop).error().code,
                 QStringLiteral("workflow.not_in_step"));
        QVERIFY(m_engine.permitted(d, leader, WorkflowAction::Approve));

        // Moving on is the arrows' business, and a comment is always open: neither is withheld.
        WorkflowDefinition bad = branched();
        bad.steps[1].withheld = {WorkflowAction::Forward, WorkflowAction::Comment};
        QCOMPARE(codes(WorkflowGraph::problems(bad)),
                 (QStringList{"workflow.step_action_invalid@steps[1].withheld",
                              "workflow.step_action_invalid@steps[1].withheld"}));
        const auto back = codec::fromJson<WorkflowDefinition>(codec::toJson(w));
        QVERIFY(back);
        QCOMPARE(back->steps.at(2).withheld, w.steps.at(2).withheld);
    }

    void everyProblemIsReportedAtOnce()
    {
        WorkflowDefinition w = branched();
        w.steps[3].unit.clear(); // justice: no unit
        w.steps.append(step("archive", StepKind::Process, Role::Specialist, kJustice, {}));
        w.steps.append(step("dead", StepKind::Process, Role::Specialist, kLand, {}));
        w.transitions.append(arrow("check", "dead"));                             // a dead end
        w.transitions.append(arrow("land", "nowhere"));                           // dangling
        w.transitions.append(arrow("check", "approve", WorkflowAction::Approve)); // not approval
        w.transitions.append(arrow("check", "land"));                             // twice
        w.transitions.append(arrow("land", "intake"));                            // into intake
        const QStringList found = codes(WorkflowGraph::problems(w));
        QCOMPARE(found, (QStringList{"workflow.transition_dangling@transitions[8].to",
                                     "workflow.transition_invalid@transitions[9].action",
                                     "workflow.transition_duplicate@transitions[10].to",
                                     "workflow.transition_invalid@transitions[11].action",
                                     "workflow.unit_required@steps[3].unit",
                                     "workflow.unreachable@steps[6]",
                                     "workflow.no_way_to_result@steps[7]"}));
        // The engine runs a definition whose structure holds, even with a reachability problem.
        QVERIFY(!WorkflowEngine::validate(w));
        WorkflowDefinition runnable = branched();
        runnable.steps.append(step("archive", StepKind::Process, Role::Specialist, kJustice, {}));
        QVERIFY(WorkflowEngine::validate(runnable));
        QCOMPARE(codes(WorkflowGraph::problems(runnable)),
                 QStringList{"workflow.unreachable@steps[6]"});

        WorkflowDefinition twoWaysIn = branched();
        twoWaysIn.transitions.append(arrow("intake", "land"));
        QCOMPARE(codes(WorkflowGraph::structureProblems(twoWaysIn)),
                 QStringList{"workflow.intake_exit@transitions"});
    }

    void pathTimesAreComparedWithTheStatutoryTime()
    {
        const WorkflowDefinition w = branched();
        const QList<QStringList> paths = WorkflowGraph::paths(w);
        QCOMPARE(paths.size(), 2);
        QCOMPARE(paths.at(0), (QStringList{"intake", "check", "land", "approve", "issue"}));
        // A working day of 7.5 hours: 2 + 4 + 3 days + 4 + 2 hours, and 2 + 4 + 1 day + 4 + 2.
        QCOMPARE(WorkflowGraph::pathMinutes(w, paths.at(0), 450), 12 * 60 + 3 * 450);
        QCOMPARE(WorkflowGraph::pathMinutes(w, paths.at(1), 450), 12 * 60 + 450);
        QCOMPARE(WorkflowGraph::timeWarnings(w, Duration::days(5), 450).size(), 0);
        // 34.5 hours on the land path against 3 days (22.5 hours); 19.5 on the other is within.
        const QList<Error> warnings = WorkflowGraph::timeWarnings(w, Duration::days(3), 450);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().code, QStringLiteral("workflow.path_exceeds_statutory"));
        QVERIFY(warnings.first().message.contains(QStringLiteral("land")));
        // A case without an appointment has no statutory time to exceed.
        QVERIFY(WorkflowGraph::timeWarnings(w, Duration::days(0), 450).isEmpty());
    }

    void aSimulationUsesTheRealCalendar()
    {
        const WorkflowDefinition w = branched();
        const WorkflowSimulator sim(m_deadlines);
        // Friday 4 December 2026, 14:00: the weekend does not count.
        const QStringList path{"intake", "check", "land", "approve", "issue"};
        auto run = sim.run(w, path, vn(2026, 12, 4, 14, 0), Duration::days(3));
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QCOMPARE(run->steps.size(), 5);
        QCOMPARE(run->steps.at(0).dueAt, vn(2026, 12, 4, 16, 0));
        QCOMPARE(run->steps.at(1).startedAt, vn(2026, 12, 4, 16, 0));
        // The check starts at 16:00, after the 15:00 cut-off: its four hours run on Monday.
        QCOMPARE(run->steps.at(1).dueAt, vn(2026, 12, 7, 11, 30));
        QCOMPARE(run->steps.at(2).dueAt, vn(2026, 12, 10, 17, 0));
        QCOMPARE(run->appointmentAt, vn(2026, 12, 9, 17, 0));
        QVERIFY(run->late());
        QVERIFY(!run->steps.at(1).afterAppointment);
        QVERIFY(run->steps.at(2).afterAppointment);

        auto bad = sim.run(w, {"intake", "land"}, vn(2026, 12, 4, 14, 0), Duration::days(3));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("workflow.path_invalid"));
        QCOMPARE(bad.error().path, QStringLiteral("path[1]"));
    }

    void aGraphTravelsWholeOnTheWire()
    {
        WorkflowDefinition w = branched();
        w.steps[2].nationalStatus = 3;
        w.steps[2].notifyCitizen = true;
        w.steps[4].mayReturn = false;
        w.transitions[1].name = QStringLiteral("Sang Phòng TN&MT");
        w.layout = {{QStringLiteral("intake"), 0, 0}, {QStringLiteral("check"), 220, -40}};
        const auto back = codec::fromJson<WorkflowDefinition>(codec::toJson(w));
        QVERIFY(back);
        QCOMPARE(*back, w);

        // A definition written before graphs (no transitions) stays a linear one.
        const QJsonObject old{
            {"id", "old"},
            {"steps",
             QJsonArray{QJsonObject{
                 {"id", "intake"}, {"name", "TN"}, {"kind", "intake"}, {"role", "receptionist"}}}}};
        const auto linear = codec::fromJson<WorkflowDefinition>(old);
        QVERIFY(linear);
        QVERIFY(linear->transitions.isEmpty());
        QVERIFY(linear->steps.first().mayReturn);
        QCOMPARE(linear->steps.first().nationalStatus, 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowGraph)
#include "tst_workflowgraph.moc"
