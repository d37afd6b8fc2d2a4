#include "SampleData.h"
#include "TestDates.h"
#include "workflow/WorkflowEngine.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kCounter = QStringLiteral("Bộ phận Một cửa");
const QString kUnit = QStringLiteral("Tư pháp - Hộ tịch");

Actor reception()
{
    return {QStringLiteral("demo-reception"), {Role::Receptionist}, kCounter};
}
Actor leader()
{
    return {QStringLiteral("demo-leader"), {Role::Leader}, kUnit};
}
Actor specialist()
{
    return {QStringLiteral("demo-specialist"), {Role::Specialist}, kUnit};
}
Actor colleague()
{
    return {QStringLiteral("chuyenvien2"), {Role::Specialist}, kUnit};
}
Actor outsider()
{
    return {QStringLiteral("cv-tainguyen"),
            {Role::Specialist},
            QStringLiteral("Tài nguyên - Môi trường")};
}
Actor admin()
{
    return {QStringLiteral("demo-admin"), {Role::Administrator}, kUnit};
}

Dossier registered()
{
    Dossier d = sampleDossier();
    d.status = DossierStatus::Registered;
    d.currentStepId = QStringLiteral("intake");
    d.currentUnit.clear();
    d.assignee.clear();
    d.receivedAt = {};
    d.appointmentAt = {};
    d.stepDeadlines.clear();
    d.pauses.clear();
    d.history.clear();
    d.version = 0;
    return d;
}

ActionRequest req(WorkflowAction a, const QDateTime& at, const QString& comment = {},
                  const QString& toUser = {})
{
    ActionRequest r;
    r.action = a;
    r.at = at;
    r.comment = comment;
    r.toUser = toUser;
    if (a == WorkflowAction::ReturnResult) // the counter records who took the result away
        r.recipient =
            Person{QStringLiteral("Trần Thị Bích"), QStringLiteral("001190001234"), {}, {}, {}, {}};
    return r;
}

class Fixture {
public:
    DeadlineCalculator deadlines{WorkingCalendar(CalendarSettings::standard())};
    WorkflowEngine engine{deadlines};

    Dossier must(const Dossier& d, const Actor& a, const ActionRequest& r) const
    {
        auto next = engine.apply(d, a, r);
        if (!next)
            qFatal("%s refused: %s %s", qPrintable(name(r.action)), qPrintable(next.error().code),
                   qPrintable(next.error().message));
        return *next;
    }
    QString refusal(const Dossier& d, const Actor& a, const ActionRequest& r) const
    {
        auto next = engine.apply(d, a, r);
        return next ? QString() : next.error().code;
    }
    // Accepted Monday 23/11/2026 09:00 and handed to demo-specialist at 10:00: process step.
    Dossier inProcess() const
    {
        Dossier d =
            must(registered(), reception(), req(WorkflowAction::Accept, vn(2026, 11, 23, 9, 0)));
        return must(d, leader(),
                    req(WorkflowAction::Forward, vn(2026, 11, 23, 10, 0), {},
                        QStringLiteral("demo-specialist")));
    }
};

} // namespace

class TstWorkflowEngine : public QObject {
    Q_OBJECT
private slots:
    void fullJourneyFromIntakeToReturn()
    {
        Fixture f;
        Dossier d =
            f.must(registered(), reception(), req(WorkflowAction::Accept, vn(2026, 11, 23, 9, 0)));
        QCOMPARE(d.status, DossierStatus::Accepted);
        QCOMPARE(d.currentStepId, QStringLiteral("assign"));
        QCOMPARE(d.currentUnit, kUnit);
        QCOMPARE(d.receivedAt, vn(2026, 11, 23, 9, 0));
        // 3 working days after Monday 23/11 → Thursday 26/11 at the close of the day.
        QCOMPARE(d.appointmentAt, vn(2026, 11, 26, 17, 0));
        // The assign step has 4 working hours: 09:00–11:30 and 13:30–15:00.
        QCOMPARE(d.stepDeadlines.last().dueAt, vn(2026, 11, 23, 15, 0));

        d = f.must(d, leader(),
                   req(WorkflowAction::Forward, vn(2026, 11, 23, 10, 0),
                       QStringLiteral("Giao chuyên viên"), QStringLiteral("demo-specialist")));
        QCOMPARE(d.status, DossierStatus::InProgress);
        QCOMPARE(d.currentStepId, QStringLiteral("process"));
        QCOMPARE(d.assignee, QStringLiteral("demo-specialist"));
        QCOMPARE(d.history.last().stepTimeliness, std::optional<Timeliness>(Timeliness::OnTime));

        // The process step (1 working day from Monday 10:00, due Tuesday 17:00) ends late on
        // Wednesday.
        d = f.must(
            d, specialist(),
            req(WorkflowAction::Forward, vn(2026, 11, 25, 8, 0), QStringLiteral("Đủ điều kiện")));
        QCOMPARE(d.currentStepId, QStringLiteral("approve"));
        QCOMPARE(d.assignee, QString());
        QCOMPARE(d.history.last().stepTimeliness, std::optional<Timeliness>(Timeliness::Late));

        d = f.must(d, leader(), req(WorkflowAction::Approve, vn(2026, 11, 25, 9, 0)));
        QCOMPARE(d.currentStepId, QStringLiteral("issue"));
        QCOMPARE(d.currentUnit, kCounter);

        d = f.must(d, reception(), req(WorkflowAction::MarkResultReady, vn(2026, 11, 25, 10, 0)));
        QCOMPARE(d.status, DossierStatus::Finished);
        QCOMPARE(d.finishedAt, vn(2026, 11, 25, 10, 0));
        QCOMPARE(*DeadlineCalculator::classify(d.finishedAt, d.appointmentAt), Timeliness::Early);

        d = f.must(d, reception(), req(WorkflowAction::ReturnResult, vn(2026, 11, 26, 8, 0)));
        QCOMPARE(d.status, DossierStatus::Returned);
        QCOMPARE(d.returnedAt, vn(2026, 11, 26, 8, 0));
        QCOMPARE(d.version, 6);
        QCOMPARE(d.history.size(), 6);
        QCOMPARE(d.history.at(1).actor, QStringLiteral("demo-leader"));
        QCOMPARE(d.history.at(1).toUser, QStringLiteral("demo-specialist"));
        QCOMPARE(d.history.at(1).comment, QStringLiteral("Giao chuyên viên"));
        for (const auto& s : d.stepDeadlines)
            QVERIFY2(s.finishedAt.isValid(), qPrintable(s.stepId));

        // Returned is final.
        for (int a = 0; a <= int(WorkflowAction::ApproveApology); ++a)
            QCOMPARE(f.refusal(d, reception(),
                               req(WorkflowAction(a), vn(2026, 11, 27, 9, 0), QStringLiteral("x"))),
                     QStringLiteral("workflow.terminal_state"));
    }

    void whoMayDoWhatAtTheProcessStep_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("expected");
        const QStringList names{"reception", "leader",   "specialist",
                                "colleague", "outsider", "admin"};
        // Expected refusal code per actor for each action, at the process step assigned to
        // demo-specialist.
        const QList<std::pair<WorkflowAction, QStringList>> table{
            {WorkflowAction::Forward,
             {"workflow.role_not_permitted", "workflow.role_not_permitted", "",
              "workflow.not_assignee", "workflow.not_assignee", "workflow.role_not_permitted"}},
            {WorkflowAction::RequestSupplement,
             {"workflow.role_not_permitted", "workflow.role_not_permitted", "",
              "workflow.not_assignee", "workflow.not_assignee", "workflow.role_not_permitted"}},
            {WorkflowAction::Approve,
             {"workflow.role_not_permitted", "workflow.wrong_step", "workflow.role_not_permitted",
              "workflow.role_not_permitted", "workflow.role_not_permitted",
              "workflow.role_not_permitted"}},
            {WorkflowAction::Reassign,
             {"workflow.role_not_permitted", "", "workflow.role_not_permitted",
              "workflow.role_not_permitted", "workflow.role_not_permitted",
              "workflow.role_not_permitted"}},
            {WorkflowAction::Stop,
             {"workflow.role_not_permitted", "", "workflow.role_not_permitted",
              "workflow.role_not_permitted", "workflow.role_not_permitted",
              "workflow.role_not_permitted"}},
            {WorkflowAction::Refuse,
             {"workflow.role_not_permitted", "", "workflow.role_not_permitted",
              "workflow.role_not_permitted", "workflow.role_not_permitted",
              "workflow.role_not_permitted"}},
            {WorkflowAction::Withdraw,
             {"", "workflow.role_not_permitted", "workflow.role_not_permitted",
              "workflow.role_not_permitted", "workflow.role_not_permitted",
              "workflow.role_not_permitted"}},
            {WorkflowAction::Accept,
             {"workflow.wrong_status", "workflow.wrong_status", "workflow.wrong_status",
              "workflow.wrong_status", "workflow.wrong_status", "workflow.wrong_status"}},
            {WorkflowAction::ReturnResult,
             {"workflow.wrong_status", "workflow.wrong_status", "workflow.wrong_status",
              "workflow.wrong_status", "workflow.wrong_status", "workflow.wrong_status"}},
            {WorkflowAction::MarkResultReady,
             {"workflow.role_not_permitted", "workflow.role_not_permitted", "workflow.wrong_step",
              "workflow.not_assignee", "workflow.not_assignee", "workflow.role_not_permitted"}},
        };
        for (const auto& [action, codes] : table) {
            for (int who = 0; who < names.size(); ++who)
                QTest::addRow("%s by %s", qPrintable(name(action)), qPrintable(names[who]))
                    << who << int(action) << codes[who];
        }
    }
    void whoMayDoWhatAtTheProcessStep()
    {
        QFETCH(int, who);
        QFETCH(int, action);
        QFETCH(QString, expected);
        const QList<Actor> actors{reception(), leader(),   specialist(),
                                  colleague(), outsider(), admin()};
        Fixture f;
        const Dossier d = f.inProcess();
        const Status s = f.engine.permitted(d, actors[who], WorkflowAction(action));
        QCOMPARE(s ? QString() : s.error().code, expected);
        // availability() must agree with permitted().
        QCOMPARE(bool(f.engine.availability(d, actors[who]).at(action).status), expected.isEmpty());
    }

    void anOfficerOfAnotherUnitCannotTouchAnUnassignedStep()
    {
        Fixture f;
        Dossier d =
            f.must(registered(), reception(), req(WorkflowAction::Accept, vn(2026, 11, 23, 9, 0)));
        d = f.must(d, leader(),
                   req(WorkflowAction::Forward, vn(2026, 11, 23, 10, 0))); // nobody named
        QCOMPARE(d.assignee, QString());
        QCOMPARE(f.refusal(d, outsider(), req(WorkflowAction::Forward, vn(2026, 11, 23, 11, 0))),
                 QStringLiteral("workflow.wrong_unit"));
        QCOMPARE(f.refusal(d, colleague(), req(WorkflowAction::Forward, vn(2026, 11, 23, 11, 0))),
                 QString());
    }

    void reasonsAreRequiredWhereTheLawAsksForThem_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("who");
        QTest::newRow("return to previous") << int(WorkflowAction::ReturnToPrevious) << 1;
        QTest::newRow("request supplement") << int(WorkflowAction::RequestSupplement) << 2;
        QTest::newRow("financial obligation")
            << int(WorkflowAction::RequestFinancialObligation) << 2;
        QTest::newRow("stop") << int(WorkflowAction::Stop) << 1;
        QTest::newRow("refuse") << int(WorkflowAction::Refuse) << 1;
        QTest::newRow("transfer") << int(WorkflowAction::Transfer) << 2;
    }
    void reasonsAreRequiredWhereTheLawAsksForThem()
    {
        QFETCH(int, action);
        QFETCH(int, who);
        Fixture f;
        Dossier d = f.inProcess();
        if (WorkflowAction(action) == WorkflowAction::ReturnToPrevious) // needs a step before it
            d = f.must(d, specialist(), req(WorkflowAction::Forward, vn(2026, 11, 23, 11, 0)));
        const Actor actor = who == 1 ? leader() : specialist();
        auto r = req(WorkflowAction(action), vn(2026, 11, 23, 14, 0), QStringLiteral("   "));
        r.toUnit = QStringLiteral("Phòng Kinh tế");
        const auto result = f.engine.apply(d, actor, r);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("workflow.reason_required"));
        QCOMPARE(result.error().path, QStringLiteral("comment"));
        r.comment = QStringLiteral("Thiếu bản sao giấy tờ tùy thân");
        QVERIFY2(f.engine.apply(d, actor, r), "the same action with a reason must pass");
    }

    void guidanceAndRefusalAtIntake()
    {
        Fixture f;
        const Dossier d0 = registered();
        QCOMPARE(f.refusal(d0, reception(),
                           req(WorkflowAction::GuideToComplete, vn(2026, 11, 23, 9, 0))),
                 QStringLiteral("workflow.reason_required"));
        Dossier d = f.must(d0, reception(),
                           req(WorkflowAction::GuideToComplete, vn(2026, 11, 23, 9, 0),
                               QStringLiteral("Thiếu giấy chứng sinh")));
        QCOMPARE(d.status, DossierStatus::SupplementRequested);
        d = f.must(d, reception(), req(WorkflowAction::ReceiveSupplement, vn(2026, 11, 25, 9, 0)));
        QCOMPARE(d.status, DossierStatus::Registered);
        // The clock runs from the acceptance of the complete dossier, not from the first visit.
        d = f.must(d, reception(), req(WorkflowAction::Accept, vn(2026, 11, 25, 9, 30)));
        QCOMPARE(d.appointmentAt, vn(2026, 11, 30, 17, 0));

        QCOMPARE(f.refusal(d0, leader(),
                           req(WorkflowAction::Stop, vn(2026, 11, 23, 9, 0), QStringLiteral("x"))),
                 QStringLiteral("workflow.wrong_status"));
        QCOMPARE(f.refusal(d0, specialist(),
                           req(WorkflowAction::Refuse, vn(2026, 11, 23, 9, 0),
                               QStringLiteral("Không thuộc thẩm quyền"))),
                 QStringLiteral("workflow.role_not_permitted"));
        d = f.must(d0, reception(),
                   req(WorkflowAction::Refuse, vn(2026, 11, 23, 9, 0),
                       QStringLiteral("Không thuộc thẩm quyền")));
        QCOMPARE(d.status, DossierStatus::NotAccepted);
    }

    void supplementStopsTheClockAndASecondNeedsALeader()
    {
        Fixture f;
        Dossier d = f.inProcess();
        QCOMPARE(d.appointmentAt, vn(2026, 11, 26, 17, 0));
        d = f.must(d, specialist(),
                   req(WorkflowAction::RequestSupplement, vn(2026, 11, 24, 9, 0),
                       QStringLiteral("Bổ sung bản sao sổ hộ khẩu")));
        QCOMPARE(d.status, DossierStatus::SupplementRequested);
        QCOMPARE(d.supplementRequests, 1);
        QVERIFY(d.pauses.last().isOpen());
        QCOMPARE(f.refusal(d, specialist(), req(WorkflowAction::Forward, vn(2026, 11, 24, 10, 0))),
                 QStringLiteral("workflow.wrong_status"));

        d = f.must(d, reception(), req(WorkflowAction::ReceiveSupplement, vn(2026, 11, 30, 9, 0)));
        QCOMPARE(d.status, DossierStatus::InProgress);
        QVERIFY(!d.pauses.last().isOpen());
        // Tuesday 24/11 still counts; 25, 26, 27 and Monday 30/11 do not: 4 working days later.
        QCOMPARE(d.appointmentAt, vn(2026, 12, 2, 17, 0));
        QVERIFY(!d.countedLate);

        const auto second = req(WorkflowAction::RequestSupplement, vn(2026, 11, 30, 10, 0),
                                QStringLiteral("Bổ sung lần 2"));
        QCOMPARE(f.refusal(d, specialist(), second),
                 QStringLiteral("workflow.second_supplement_needs_leader"));
        d = f.must(d, leader(), second);
        QCOMPARE(d.supplementRequests, 2);
        QVERIFY(d.countedLate);
    }

    void apologyBeforeLatenessMovesTheAppointment()
    {
        Fixture f;
        Dossier d = f.inProcess();
        QCOMPARE(d.appointmentAt, vn(2026, 11, 26, 17, 0));
        ActionRequest propose = req(WorkflowAction::ProposeApology, vn(2026, 11, 25, 9, 0),
                                    QStringLiteral("Chờ xác minh thông tin tại UBND xã nơi sinh"));
        // The new appointment is required and must be later than the current one.
        QCOMPARE(f.refusal(d, specialist(), propose),
                 QStringLiteral("workflow.appointment_required"));
        propose.newAppointment = vn(2026, 11, 26, 17, 0);
        QCOMPARE(f.refusal(d, specialist(), propose),
                 QStringLiteral("workflow.appointment_not_later"));
        propose.newAppointment = vn(2026, 11, 30, 17, 0);
        // Like forward: the officer holding the step, not a colleague, not the counter.
        QCOMPARE(f.refusal(d, colleague(), propose), QStringLiteral("workflow.not_assignee"));
        QCOMPARE(f.refusal(d, reception(), propose), QStringLiteral("workflow.role_not_permitted"));
        ActionRequest noReason = propose;
        noReason.comment.clear();
        QCOMPARE(f.refusal(d, specialist(), noReason), QStringLiteral("workflow.reason_required"));
        // Nothing to approve yet.
        QCOMPARE(
            f.refusal(d, leader(), req(WorkflowAction::ApproveApology, vn(2026, 11, 25, 9, 0))),
            QStringLiteral("workflow.no_pending_apology"));

        d = f.must(d, specialist(), propose);
        QCOMPARE(d.apologies.size(), 1);
        QVERIFY(d.apologies.last().isPending());
        QCOMPARE(d.appointmentAt, vn(2026, 11, 26, 17, 0)); // unchanged until approved
        QVERIFY(!d.countedLate);
        QCOMPARE(d.history.last().action, QStringLiteral("proposeApology"));
        QCOMPARE(d.history.last().comment, propose.comment);

        // A second proposal replaces the pending one.
        propose.at = vn(2026, 11, 25, 10, 0);
        propose.newAppointment = vn(2026, 12, 1, 17, 0);
        d = f.must(d, specialist(), propose);
        QCOMPARE(d.apologies.size(), 1);
        QCOMPARE(d.apologies.last().newAppointment, vn(2026, 12, 1, 17, 0));
        QCOMPARE(d.apologies.last().proposedAt, vn(2026, 11, 25, 10, 0));

        // Only the leader of the unit holding the dossier approves.
        const auto approve = req(WorkflowAction::ApproveApology, vn(2026, 11, 26, 8, 0),
                                 QStringLiteral("Đồng ý gia hạn"));
        QCOMPARE(f.refusal(d, specialist(), approve),
                 QStringLiteral("workflow.role_not_permitted"));
        const Actor otherLeader{QStringLiteral("ld-tainguyen"),
                                {Role::Leader},
                                QStringLiteral("Tài nguyên - Môi trường")};
        QCOMPARE(f.refusal(d, otherLeader, approve), QStringLiteral("workflow.wrong_unit"));
        QVERIFY(!f.engine.permitted(d, specialist(), WorkflowAction::ApproveApology));
        QVERIFY(f.engine.permitted(d, leader(), WorkflowAction::ApproveApology,
                                   vn(2026, 11, 26, 8, 0)));

        const qint64 version = d.version;
        d = f.must(d, leader(), approve);
        QCOMPARE(d.version, version + 1);
        QCOMPARE(d.appointmentAt, vn(2026, 12, 1, 17, 0));
        QVERIFY(d.countedLate);
        QCOMPARE(d.status, DossierStatus::InProgress);
        const Apology& a = d.apologies.last();
        QVERIFY(!a.isPending());
        QCOMPARE(a.approvedAt, vn(2026, 11, 26, 8, 0));
        QCOMPARE(a.approvedBy, QStringLiteral("demo-leader"));
        QCOMPARE(a.previousAppointment, vn(2026, 11, 26, 17, 0));
        QCOMPARE(a.proposedBy, QStringLiteral("demo-specialist"));
        QCOMPARE(d.history.last().action, QStringLiteral("approveApology"));
        QCOMPARE(d.history.last().actor, QStringLiteral("demo-leader"));
        QCOMPARE(d.history.last().comment, QStringLiteral("Đồng ý gia hạn"));
        // Nothing pending any more.
        QCOMPARE(f.refusal(d, leader(), approve), QStringLiteral("workflow.no_pending_apology"));

        // A supplement afterwards never moves the promised date earlier.
        d = f.must(d, specialist(),
                   req(WorkflowAction::RequestSupplement, vn(2026, 11, 26, 9, 0),
                       QStringLiteral("Bổ sung giấy chứng sinh")));
        d = f.must(d, reception(), req(WorkflowAction::ReceiveSupplement, vn(2026, 11, 26, 10, 0)));
        QCOMPARE(d.appointmentAt, vn(2026, 12, 1, 17, 0));
    }

    void apologyAfterTheAppointmentIsRefused()
    {
        Fixture f;
        Dossier d = f.inProcess();
        ActionRequest late =
            req(WorkflowAction::ProposeApology, vn(2026, 11, 26, 17, 0), QStringLiteral("Quá tải"));
        late.newAppointment = vn(2026, 12, 3, 17, 0);
        QCOMPARE(f.refusal(d, specialist(), late), QStringLiteral("workflow.apology_too_late"));
        QVERIFY(f.engine.permitted(d, specialist(), WorkflowAction::ProposeApology,
                                   vn(2026, 11, 26, 16, 59)));
        QCOMPARE(
            f.engine
                .permitted(d, specialist(), WorkflowAction::ProposeApology, vn(2026, 11, 27, 8, 0))
                .error()
                .code,
            QStringLiteral("workflow.apology_too_late"));

        // A proposal overtaken by a pause that moved the appointment past it cannot be approved.
        {
            ActionRequest shortOne = late;
            shortOne.at = vn(2026, 11, 24, 9, 0);
            shortOne.newAppointment = vn(2026, 11, 27, 17, 0);
            Dossier p = f.must(d, specialist(), shortOne);
            p = f.must(p, specialist(),
                       req(WorkflowAction::RequestSupplement, vn(2026, 11, 24, 10, 0),
                           QStringLiteral("Bổ sung")));
            p = f.must(p, reception(),
                       req(WorkflowAction::ReceiveSupplement, vn(2026, 11, 27, 9, 0)));
            QVERIFY(p.appointmentAt >= vn(2026, 11, 27, 17, 0));
            QCOMPARE(f.refusal(p, leader(),
                               req(WorkflowAction::ApproveApology, vn(2026, 11, 27, 10, 0))),
                     QStringLiteral("workflow.appointment_not_later"));
        }
        // Proposed in time but approved too late: refused, the appointment stays.
        ActionRequest inTime = late;
        inTime.at = vn(2026, 11, 26, 16, 0);
        d = f.must(d, specialist(), inTime);
        QCOMPARE(
            f.refusal(d, leader(), req(WorkflowAction::ApproveApology, vn(2026, 11, 27, 8, 0))),
            QStringLiteral("workflow.apology_too_late"));
        QCOMPARE(d.appointmentAt, vn(2026, 11, 26, 17, 0));
        bool listed = false;
        for (const auto& av : f.engine.availability(d, leader(), vn(2026, 11, 27, 8, 0))) {
            if (av.action == WorkflowAction::ApproveApology) {
                listed = true;
                QCOMPARE(av.status.error().code, QStringLiteral("workflow.apology_too_late"));
            }
        }
        QVERIFY(listed);
    }

    void commentsRecordAnOpinionAndChangeNothingElse()
    {
        Fixture f;
        Dossier d = f.inProcess();
        const auto comment = req(WorkflowAction::Comment, vn(2026, 11, 23, 11, 0),
                                 QStringLiteral("Đề nghị kiểm tra lại ngày sinh"));
        QCOMPARE(f.refusal(d, colleague(), req(WorkflowAction::Comment, vn(2026, 11, 23, 11, 0))),
                 QStringLiteral("workflow.reason_required"));
        QCOMPARE(f.refusal(d, outsider(), comment), QStringLiteral("workflow.wrong_unit"));
        QCOMPARE(f.refusal(d, admin(), comment), QStringLiteral("workflow.role_not_permitted"));
        for (const Actor& a : {specialist(), colleague(), leader(), reception()}) {
            const Dossier next = f.must(d, a, comment);
            QCOMPARE(next.version, d.version + 1);
            QCOMPARE(next.history.size(), d.history.size() + 1);
            QCOMPARE(next.history.last().action, QStringLiteral("comment"));
            QCOMPARE(next.history.last().actor, a.username);
            QCOMPARE(next.history.last().comment, comment.comment);
            QCOMPARE(next.history.last().statusAfter, d.status);
            // Nothing but the history and the version moves.
            Dossier same = next;
            same.history = d.history;
            same.version = d.version;
            QCOMPARE(same, d);
        }
        // Also while waiting for the citizen; never once the dossier is closed.
        d = f.must(d, specialist(),
                   req(WorkflowAction::RequestSupplement, vn(2026, 11, 23, 14, 0),
                       QStringLiteral("Bổ sung")));
        QVERIFY(f.engine.apply(d, leader(), comment));
        d = f.must(d, reception(), req(WorkflowAction::Withdraw, vn(2026, 11, 23, 15, 0)));
        QCOMPARE(f.refusal(d, reception(), comment), QStringLiteral("workflow.terminal_state"));
    }

    void holidaysInsideAStepAreNotCounted()
    {
        // Accepted Thursday 31/12/2026 at 14:00; Friday 1/1/2027 is New Year's Day and 2–3/1 a
        // weekend. The assign step's 4 working hours: 14:00–17:00, then Monday 07:30–08:30.
        Fixture f;
        Dossier d =
            f.must(registered(), reception(), req(WorkflowAction::Accept, vn(2026, 12, 31, 14, 0)));
        QCOMPARE(d.stepDeadlines.last().dueAt, vn(2027, 1, 4, 8, 30));
        // 3 working days: Monday 4, Tuesday 5, Wednesday 6 January.
        QCOMPARE(d.appointmentAt, vn(2027, 1, 6, 17, 0));
        // The process step's one working day from Thursday 31/12 10:00 ends on Monday 4/1.
        d = f.must(d, leader(),
                   req(WorkflowAction::Forward, vn(2026, 12, 31, 14, 30), {},
                       QStringLiteral("demo-specialist")));
        QCOMPARE(d.stepDeadlines.last().dueAt, vn(2027, 1, 4, 17, 0));
        // Forwarded on Monday 4/1 at 16:00: on time although five calendar days passed.
        d = f.must(
            d, specialist(),
            req(WorkflowAction::Forward, vn(2027, 1, 4, 16, 0), {}, QStringLiteral("demo-leader")));
        QCOMPARE(d.history.last().stepTimeliness, std::optional(Timeliness::OnTime));
    }

    void supplementPauseMovesTheStepDeadlineToo()
    {
        Fixture f;
        Dossier d = f.inProcess(); // process step from Monday 23/11 10:00: due Tuesday 24/11 17:00
        QCOMPARE(d.stepDeadlines.last().dueAt, vn(2026, 11, 24, 17, 0));
        d = f.must(d, specialist(),
                   req(WorkflowAction::RequestSupplement, vn(2026, 11, 23, 14, 0),
                       QStringLiteral("Bổ sung bản sao sổ hộ khẩu")));
        // Received back Thursday 26/11 at 09:00: Monday still counts (work was done on it), 24, 25
        // and 26 do not, so the step's deadline and the appointment both move three working days.
        d = f.must(d, reception(), req(WorkflowAction::ReceiveSupplement, vn(2026, 11, 26, 9, 0)));
        QCOMPARE(d.appointmentAt, vn(2026, 12, 1, 17, 0));
        QCOMPARE(d.stepDeadlines.last().dueAt, vn(2026, 11, 27, 17, 0));
        QCOMPARE(d.stepDeadlines.last().stepId, QStringLiteral("process"));
        QCOMPARE(d.stepDeadlines.last().startedAt, vn(2026, 11, 23, 10, 0));
        // A second request by the leader marks the dossier late whatever happens next.
        d = f.must(d, leader(),
                   req(WorkflowAction::RequestSupplement, vn(2026, 11, 26, 10, 0),
                       QStringLiteral("Bổ sung lần 2")));
        QCOMPARE(d.supplementRequests, 2);
        QVERIFY(d.countedLate);
        QCOMPARE(d.history.last().actor, QStringLiteral("demo-leader"));
    }

    void financialObligationPausesToo()
    {
        Fixture f;
        Dossier d = f.inProcess();
        d = f.must(d, specialist(),
                   req(WorkflowAction::RequestFinancialObligation, vn(2026, 11, 23, 14, 0),
                       QStringLiteral("Nộp lệ phí trước bạ")));
        QCOMPARE(d.status, DossierStatus::FinancialObligation);
        QCOMPARE(d.pauses.last().kind, PauseKind::FinancialObligation);
        d = f.must(d, reception(),
                   req(WorkflowAction::ResumeAfterFinancialObligation, vn(2026, 11, 24, 9, 0)));
        QCOMPARE(d.status, DossierStatus::InProgress);
        QCOMPARE(d.appointmentAt, vn(2026, 11, 27, 17, 0));
    }

    void staleVersionIsAConflictNotAnOverwrite()
    {
        Fixture f;
        const Dossier d = f.inProcess();
        auto r = req(WorkflowAction::Forward, vn(2026, 11, 23, 11, 0));
        r.expectedVersion = d.version - 1;
        QCOMPARE(f.refusal(d, specialist(), r), QStringLiteral("workflow.version_conflict"));
        r.expectedVersion = d.version;
        QCOMPARE(f.must(d, specialist(), r).version, d.version + 1);
    }

    void returnGoesBackToWhoeverHeldThePreviousStep()
    {
        Fixture f;
        Dossier d = f.inProcess();
        // The officer may hand it back to the head of unit who assigned it.
        const Dossier back = f.must(d, specialist(),
                                    req(WorkflowAction::ReturnToPrevious, vn(2026, 11, 23, 11, 0),
                                        QStringLiteral("Không thuộc lĩnh vực")));
        QCOMPARE(back.currentStepId, QStringLiteral("assign"));
        d = f.must(d, specialist(), req(WorkflowAction::Forward, vn(2026, 11, 23, 11, 0)));
        d = f.must(d, leader(),
                   req(WorkflowAction::ReturnToPrevious, vn(2026, 11, 23, 14, 0),
                       QStringLiteral("Sai họ tên trong dự thảo")));
        QCOMPARE(d.currentStepId, QStringLiteral("process"));
        QCOMPARE(d.assignee, QStringLiteral("demo-specialist"));
        QCOMPARE(d.history.last().comment, QStringLiteral("Sai họ tên trong dự thảo"));
        // From the first processing step there is nowhere to return to (never back into intake).
        Dossier atAssign =
            f.must(registered(), reception(), req(WorkflowAction::Accept, vn(2026, 11, 23, 9, 0)));
        QCOMPARE(f.refusal(atAssign, leader(),
                           req(WorkflowAction::ReturnToPrevious, vn(2026, 11, 23, 9, 30),
                               QStringLiteral("x"))),
                 QStringLiteral("workflow.no_previous_step"));
    }

    void reassignAndTransfer()
    {
        Fixture f;
        Dossier d = f.inProcess();
        auto r = req(WorkflowAction::Reassign, vn(2026, 11, 23, 11, 0));
        r.toUser = QStringLiteral("demo-specialist");
        QCOMPARE(f.refusal(d, leader(), r), QStringLiteral("workflow.target_required"));
        r.toUser = QStringLiteral("chuyenvien2");
        d = f.must(d, leader(), r);
        QCOMPARE(d.assignee, QStringLiteral("chuyenvien2"));
        QCOMPARE(f.refusal(d, specialist(), req(WorkflowAction::Forward, vn(2026, 11, 23, 11, 5))),
                 QStringLiteral("workflow.not_assignee"));

        auto t = req(WorkflowAction::Transfer, vn(2026, 11, 23, 14, 0),
                     QStringLiteral("Thuộc lĩnh vực đất đai"));
        t.toUnit = QStringLiteral("Tài nguyên - Môi trường");
        d = f.must(d, colleague(), t);
        QCOMPARE(d.currentUnit, QStringLiteral("Tài nguyên - Môi trường"));
        QCOMPARE(f.refusal(d, colleague(), req(WorkflowAction::Forward, vn(2026, 11, 23, 15, 0))),
                 QStringLiteral("workflow.wrong_unit"));
        QCOMPARE(f.refusal(d, outsider(), req(WorkflowAction::Forward, vn(2026, 11, 23, 15, 0))),
                 QString());
    }

    void withdrawalUntilTheResult()
    {
        Fixture f;
        QCOMPARE(
            f.must(registered(), reception(), req(WorkflowAction::Withdraw, vn(2026, 11, 23, 9, 0)))
                .status,
            DossierStatus::Withdrawn);
        Dossier d = f.inProcess();
        d = f.must(
            d, specialist(),
            req(WorkflowAction::RequestSupplement, vn(2026, 11, 23, 14, 0), QStringLiteral("x")));
        const Dossier w =
            f.must(d, reception(), req(WorkflowAction::Withdraw, vn(2026, 11, 24, 9, 0)));
        QCOMPARE(w.status, DossierStatus::Withdrawn);
        QVERIFY(!w.pauses.last().isOpen());

        Dossier done = f.inProcess();
        done = f.must(done, leader(),
                      req(WorkflowAction::Refuse, vn(2026, 11, 23, 14, 0),
                          QStringLiteral("Không đủ điều kiện")));
        QCOMPARE(done.status, DossierStatus::Finished);
        QVERIFY(done.refused);
        QCOMPARE(
            f.refusal(done, reception(), req(WorkflowAction::Withdraw, vn(2026, 11, 24, 9, 0))),
            QStringLiteral("workflow.wrong_status"));
        QCOMPARE(
            f.must(done, reception(), req(WorkflowAction::ReturnResult, vn(2026, 11, 24, 9, 0)))
                .status,
            DossierStatus::Returned);
    }

    void returnRecordsTheRecipientAndTheFeeReceipt()
    {
        Fixture f;
        Dossier done = f.inProcess();
        done = f.must(done, leader(),
                      req(WorkflowAction::Refuse, vn(2026, 11, 23, 14, 0), QStringLiteral("x")));
        done.fees = {FeeLine{QStringLiteral("Lệ phí"),
                             8000,
                             FeeCollection::AtReturn,
                             PaymentMethod::None,
                             {},
                             {}},
                     FeeLine{QStringLiteral("Phí đã thu"), 5000, FeeCollection::AtIntake,
                             PaymentMethod::Cash, QStringLiteral("BL-7"), vn(2026, 11, 23, 9, 0)}};
        ActionRequest r = req(WorkflowAction::ReturnResult, vn(2026, 11, 24, 9, 0));
        r.recipient = {};
        QCOMPARE(f.refusal(done, reception(), r), QStringLiteral("workflow.recipient_required"));
        r.recipient.fullName = QStringLiteral("Phạm Thu Hà");
        QCOMPARE(f.refusal(done, reception(), r), QStringLiteral("workflow.recipient_required"));
        r.recipient.idNumber = QStringLiteral("079190004567");
        QCOMPARE(f.refusal(done, reception(), r), QStringLiteral("workflow.fee_receipt_required"));
        r.feeReceiptNumber = QStringLiteral(" BL-0042 ");
        r.paymentMethod = PaymentMethod::Transfer;
        const Dossier returned = f.must(done, reception(), r);
        QCOMPARE(returned.status, DossierStatus::Returned);
        QCOMPARE(returned.returnedTo.fullName, QStringLiteral("Phạm Thu Hà"));
        QCOMPARE(returned.returnedTo.idNumber, QStringLiteral("079190004567"));
        QCOMPARE(returned.fees.at(0).receiptNumber, QStringLiteral("BL-0042"));
        QCOMPARE(returned.fees.at(0).method, PaymentMethod::Transfer);
        QCOMPARE(returned.fees.at(0).paidAt, vn(2026, 11, 24, 9, 0));
        QCOMPARE(returned.fees.at(1), done.fees.at(1)); // already paid at intake: untouched
    }

    void definitionsAreChecked()
    {
        WorkflowDefinition w = sampleWorkflow();
        QVERIFY(WorkflowEngine::validate(w));
        WorkflowDefinition dup = w;
        dup.steps[2].id = QStringLiteral("assign");
        QCOMPARE(WorkflowEngine::validate(dup).error().path, QStringLiteral("steps[2].id"));
        WorkflowDefinition noIntake = w;
        noIntake.steps.removeFirst();
        QCOMPARE(WorkflowEngine::validate(noIntake).error().code,
                 QStringLiteral("workflow.invalid_definition"));
        WorkflowDefinition noIssue = w;
        noIssue.steps.removeLast();
        QVERIFY(!WorkflowEngine::validate(noIssue));
        Fixture f;
        Dossier broken = registered();
        broken.workflow = noIssue;
        QCOMPARE(
            f.refusal(broken, reception(), req(WorkflowAction::Accept, vn(2026, 11, 23, 9, 0))),
            QStringLiteral("workflow.invalid_definition"));
    }

    void randomWalksKeepTheInvariants()
    {
        // Property: whatever anyone tries, a refused action changes nothing, an applied one bumps
        // the version by one and adds one history entry, the step stays inside the workflow, and
        // final states stay final.
        Fixture f;
        const QList<Actor> actors{reception(), leader(),   specialist(),
                                  colleague(), outsider(), admin()};
        QRandomGenerator rng(424242);
        int applied = 0;
        for (int walk = 0; walk < 200; ++walk) {
            Dossier d = registered();
            QDateTime t = vn(2026, 11, 23, 8, 0);
            for (int i = 0; i < 40; ++i) {
                t = t.addSecs(60 * (5 + rng.bounded(600)));
                // Mostly moves the engine says are open (to walk deep), sometimes anything.
                QList<std::pair<int, WorkflowAction>> open;
                for (int who = 0; who < actors.size(); ++who) {
                    for (const auto& av : f.engine.availability(d, actors[who])) {
                        // Endings are rarer than steps, so walks get deep before they end.
                        const bool ending = av.action == WorkflowAction::Withdraw ||
                                            av.action == WorkflowAction::Stop ||
                                            av.action == WorkflowAction::Refuse;
                        if (av.status && (!ending || rng.bounded(8) == 0))
                            open.append({who, av.action});
                    }
                }
                const bool pickOpen = !open.isEmpty() && rng.bounded(4);
                const auto move =
                    pickOpen ? open[rng.bounded(open.size())]
                             : std::pair{int(rng.bounded(actors.size())),
                                         WorkflowAction(
                                             rng.bounded(int(WorkflowAction::ApproveApology) + 1))};
                const Actor& a = actors[move.first];
                const WorkflowAction action = move.second;
                ActionRequest r =
                    req(action, t, rng.bounded(4) ? QStringLiteral("lý do") : QString());
                r.toUser = rng.bounded(2) ? QStringLiteral("demo-specialist")
                                          : QStringLiteral("chuyenvien2");
                r.toUnit = rng.bounded(5) ? QString() : QStringLiteral("Tài nguyên - Môi trường");
                if (rng.bounded(3))
                    r.newAppointment = d.appointmentAt.addDays(rng.bounded(5) - 1);
                const auto next = f.engine.apply(d, a, r);
                if (!next) {
                    QVERIFY(!next.error().code.isEmpty());
                    // Refused only for the request's content, never for permission, if it was open.
                    if (pickOpen)
                        QVERIFY2(!next.error().code.startsWith(QStringLiteral("workflow.role")),
                                 qPrintable(next.error().code));
                    continue;
                }
                ++applied;
                QVERIFY(!isTerminal(d.status));
                QCOMPARE(next->version, d.version + 1);
                QCOMPARE(next->history.size(), d.history.size() + 1);
                QCOMPARE(next->history.last().statusAfter, next->status);
                QVERIFY(next->workflow.indexOf(next->currentStepId) >= 0);
                if (next->status != DossierStatus::Registered &&
                    next->status != DossierStatus::NotAccepted &&
                    !(next->status == DossierStatus::SupplementRequested &&
                      next->workflow.indexOf(next->currentStepId) == 0) &&
                    next->status != DossierStatus::Withdrawn)
                    QVERIFY2(next->appointmentAt.isValid(),
                             "never accepted without an appointment");
                int openPauses = 0;
                for (const auto& p : next->pauses)
                    openPauses += p.isOpen() ? 1 : 0;
                const bool paused = next->status == DossierStatus::SupplementRequested ||
                                    next->status == DossierStatus::FinancialObligation;
                QCOMPARE(openPauses, paused ? 1 : 0);
                d = *next;
            }
        }
        QVERIFY2(applied > 1000, qPrintable(QString::number(applied)));
    }
};

QTEST_GUILESS_MAIN(TstWorkflowEngine)
#include "tst_workflowengine.moc"
