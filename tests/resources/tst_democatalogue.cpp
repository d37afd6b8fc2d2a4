// The demo catalogue (resources/demo/catalogue.json) that `motcua-server --demo` loads: it must
// decode with the wire codec and hold what a clerk, a citizen at the kiosk and the workflow engine
// rely on — real-looking national codes, agencies that exist after the 2025 reform, every
// procedure's field and agency present, papers to check, fees, and a workflow that runs from
// intake to the returned result within the statutory time.

#include "SampleData.h"
#include "TestDates.h"
#include "catalogue/ProcedureVersions.h"
#include "code/AgencyId.h"
#include "codec/JsonCodec.h"
#include "domain/Agency.h"
#include "domain/Field.h"
#include "domain/Procedure.h"
#include "workflow/WorkflowEngine.h"

#include <cmath>

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kCounter = QStringLiteral("Bộ phận Một cửa");
// The day the two-tier local government took effect.
const QDate kReform(2025, 7, 1);

struct Catalogue {
    QList<Agency> agencies;
    QList<Field> fields;
    QList<Procedure> procedures;
    QString error; // empty when the file decoded
};

const Catalogue& catalogue()
{
    static const Catalogue c = [] {
        Catalogue out;
        QFile file(QStringLiteral(MOTCUA_DEMO_CATALOGUE));
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = QStringLiteral("cannot open %1").arg(file.fileName());
            return out;
        }
        const auto json = codec::parseJson(file.readAll());
        if (!json) {
            out.error = json.error().describe();
            return out;
        }
        if (!json->isObject()) {
            out.error = QStringLiteral("the top level is not an object");
            return out;
        }
        const QJsonObject top = json->toObject();
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (it.key() != u"agencies" && it.key() != u"fields" && it.key() != u"procedures") {
                out.error = QStringLiteral("unknown top-level key \"%1\"").arg(it.key());
                return out;
            }
        }
        auto agencies =
            codec::fromJson<QList<Agency>>(top.value(u"agencies"), QStringLiteral("agencies"));
        auto fields = codec::fromJson<QList<Field>>(top.value(u"fields"), QStringLiteral("fields"));
        auto procedures = codec::fromJson<QList<Procedure>>(top.value(u"procedures"),
                                                            QStringLiteral("procedures"));
        for (const Error* e :
             {agencies ? nullptr : &agencies.error(), fields ? nullptr : &fields.error(),
              procedures ? nullptr : &procedures.error()}) {
            if (e) {
                out.error = e->code + u' ' + e->describe();
                return out;
            }
        }
        out.agencies = *agencies;
        out.fields = *fields;
        out.procedures = *procedures;
        return out;
    }();
    return c;
}

const Agency* agency(const QString& id)
{
    for (const auto& a : catalogue().agencies) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

// Vietnamese text carries tone or vowel marks (or đ) somewhere; a name typed without them is
// a name a citizen searching with accents will not recognise on the receipt.
bool looksVietnamese(const QString& text)
{
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : nfd) {
        const char16_t u = c.unicode();
        if ((u >= 0x0300 && u <= 0x0323) || u == 0x0110 || u == 0x0111)
            return true;
    }
    return false;
}

// Whole working days a workflow plans: day steps, plus hour steps rounded up to standard
// 7.5-hour working days (07:30–11:30, 13:30–17:00).
int plannedDays(const WorkflowDefinition& w)
{
    int days = 0;
    int hours = 0;
    for (const auto& s : w.steps)
        (s.duration.unit == DurationUnit::WorkingDays ? days : hours) += s.duration.value;
    return days + int(std::ceil(hours / 7.5));
}

int plannedHours(const WorkflowDefinition& w, bool* anyDays)
{
    int hours = 0;
    *anyDays = false;
    for (const auto& s : w.steps) {
        if (s.duration.unit == DurationUnit::WorkingHours)
            hours += s.duration.value;
        else
            *anyDays = true;
    }
    return hours;
}

Actor actorFor(const WorkflowStep& s)
{
    return {QStringLiteral("demo-%1-%2").arg(name(s.role), s.unit), {s.role}, s.unit};
}

ActionRequest request(WorkflowAction a, const QDateTime& at, const QString& toUser = {})
{
    ActionRequest r;
    r.action = a;
    r.at = at;
    r.toUser = toUser;
    r.comment = QStringLiteral("Ý kiến xử lý");
    if (a == WorkflowAction::ReturnResult) {
        r.recipient =
            Person{QStringLiteral("Lê Văn Cường"), QStringLiteral("068095001122"), {}, {}, {}, {}};
        r.feeReceiptNumber = QStringLiteral("BL-0001"); // some demo procedures collect at return
    }
    return r;
}

} // namespace

class TstDemoCatalogue : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(catalogue().error.isEmpty(), qPrintable(catalogue().error)); }

    void isACommuneCentreCatalogueOfRealSize()
    {
        const auto& c = catalogue();
        QVERIFY2(c.procedures.size() >= 30, qPrintable(QString::number(c.procedures.size())));
        QSet<QString> used;
        for (const auto& p : c.procedures)
            used.insert(p.fieldCode);
        QVERIFY2(used.size() >= 6, qPrintable(QString::number(used.size())));
        // Every listed field has at least one procedure, so the kiosk shows no empty folder.
        for (const auto& f : c.fields)
            QVERIFY2(used.contains(f.code), qPrintable(f.code));
    }

    void agenciesHaveValidIdentifiersAndHistory()
    {
        const auto& c = catalogue();
        QVERIFY(!c.agencies.isEmpty());
        QSet<QString> ids;
        int communesSinceReform = 0;
        for (const auto& a : c.agencies) {
            QVERIFY2(AgencyId::isValid(a.id), qPrintable(a.id));
            QVERIFY2(!ids.contains(a.id),
                     qPrintable(QStringLiteral("duplicate agency %1").arg(a.id)));
            ids.insert(a.id);
            QVERIFY2(looksVietnamese(a.name), qPrintable(a.name));
            if (!a.parentId.isEmpty())
                QVERIFY2(agency(a.parentId),
                         qPrintable(a.id + QStringLiteral(" → parent ") + a.parentId));
            if (!a.effectiveFrom.isNull() && !a.effectiveTo.isNull())
                QVERIFY2(a.effectiveFrom <= a.effectiveTo, qPrintable(a.id));
            if (!a.effectiveTo.isNull()) {
                // An agency that ended hands over to one in force the next day.
                const Agency* next = agency(a.successorId);
                QVERIFY2(next, qPrintable(a.id + QStringLiteral(" has no successor")));
                QVERIFY2(next->isEffectiveOn(a.effectiveTo.addDays(1)), qPrintable(a.successorId));
            } else {
                QVERIFY2(a.successorId.isEmpty(),
                         qPrintable(a.id + QStringLiteral(" is in force but has a successor")));
            }
            if (a.effectiveFrom == kReform && !a.parentId.isEmpty())
                ++communesSinceReform;
        }
        QVERIFY2(communesSinceReform >= 2, qPrintable(QString::number(communesSinceReform)));
    }

    void fieldsAreUniqueAndNamed()
    {
        QSet<QString> codes;
        for (const auto& f : catalogue().fields) {
            QVERIFY2(!f.code.isEmpty() && !codes.contains(f.code), qPrintable(f.code));
            codes.insert(f.code);
            QVERIFY2(looksVietnamese(f.name), qPrintable(f.name));
        }
    }

    void nationalCodesAreUniqueAndWellFormed()
    {
        static const QRegularExpression code(QStringLiteral("^\\d\\.\\d{6}$"));
        QSet<QString> seen;
        for (const auto& p : catalogue().procedures) {
            QVERIFY2(code.match(p.nationalCode).hasMatch(), qPrintable(p.nationalCode));
            QVERIFY2(!seen.contains(p.nationalCode),
                     qPrintable(QStringLiteral("duplicate %1").arg(p.nationalCode)));
            seen.insert(p.nationalCode);
            if (!p.localCode.isEmpty()) {
                // "{national}.{agency identifier}", e.g. 1.001193.000.00.00.H36
                const QString prefix = p.nationalCode + u'.';
                QVERIFY2(p.localCode.startsWith(prefix), qPrintable(p.localCode));
                QVERIFY2(AgencyId::isValid(p.localCode.mid(prefix.size())),
                         qPrintable(p.localCode));
            }
        }
    }

    void procedureIsComplete_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < catalogue().procedures.size(); ++i)
            QTest::newRow(qPrintable(catalogue().procedures.at(i).nationalCode)) << i;
    }

    void procedureIsComplete()
    {
        QFETCH(int, index);
        const Procedure& p = catalogue().procedures.at(index);
        QCOMPARE(p.version, 1);
        QVERIFY2(looksVietnamese(p.name), qPrintable(p.name));
        QVERIFY2(looksVietnamese(p.resultDocument), qPrintable(p.resultDocument));

        const Agency* owner = agency(p.agencyId);
        QVERIFY2(owner, qPrintable(p.agencyId));
        QVERIFY2(owner->isEffectiveOn(kReform) && owner->effectiveTo.isNull(),
                 qPrintable(p.agencyId + QStringLiteral(" is not in force after the reform")));
        bool fieldFound = false;
        for (const auto& f : catalogue().fields)
            fieldFound = fieldFound || f.code == p.fieldCode;
        QVERIFY2(fieldFound, qPrintable(p.fieldCode));

        QVERIFY(p.statutoryTime.value > 0);

        QVERIFY(!p.components.isEmpty());
        QSet<int> componentIds;
        bool anyMandatory = false;
        for (const auto& c : p.components) {
            QVERIFY2(c.id > 0 && !componentIds.contains(c.id), qPrintable(QString::number(c.id)));
            componentIds.insert(c.id);
            QVERIFY2(looksVietnamese(c.name), qPrintable(c.name));
            QVERIFY2(c.originals >= 0 && c.certifiedCopies >= 0 && c.photocopies >= 0,
                     qPrintable(c.name));
            // Mẫu 01 prints how many of each the citizen hands in: at least one paper per row.
            QVERIFY2(c.originals + c.certifiedCopies + c.photocopies > 0, qPrintable(c.name));
            anyMandatory = anyMandatory || c.mandatory;
        }
        QVERIFY(anyMandatory);

        for (const auto& f : p.fees) {
            QVERIFY2(f.amountVnd >= 0, qPrintable(f.name));
            QVERIFY2(looksVietnamese(f.name), qPrintable(f.name));
            // Collected fees have an amount; exempt or uncollected ones do not.
            const bool collected =
                f.collection == FeeCollection::AtIntake || f.collection == FeeCollection::AtReturn;
            QVERIFY2(collected == (f.amountVnd > 0), qPrintable(f.name));
        }
    }

    void workflowIsValidAndFitsTheStatutoryTime_data() { procedureIsComplete_data(); }

    void workflowIsValidAndFitsTheStatutoryTime()
    {
        QFETCH(int, index);
        const Procedure& p = catalogue().procedures.at(index);
        QVERIFY(ProcedureVersions::caseProblems(p).isEmpty());
        // Every case's process is complete and plans no more than the case's statutory time.
        for (const ProcedureCase& c : p.caseList()) {
            const WorkflowDefinition& w = c.workflow;
            const auto valid = WorkflowEngine::validate(w);
            QVERIFY2(valid, qPrintable(valid ? QString() : valid.error().describe()));

            QCOMPARE(w.steps.first().kind, StepKind::Intake);
            QCOMPARE(w.steps.first().role, Role::Receptionist);
            QCOMPARE(w.steps.first().unit, kCounter);
            QCOMPARE(w.steps.last().kind, StepKind::Issue);
            QCOMPARE(w.steps.last().role, Role::Receptionist);
            QCOMPARE(w.steps.last().unit, kCounter);
            int approvals = 0;
            for (const auto& s : w.steps) {
                QVERIFY2(!s.unit.isEmpty(), qPrintable(s.id));
                QVERIFY2(looksVietnamese(s.name), qPrintable(s.name));
                QVERIFY2(s.duration.value > 0, qPrintable(s.id));
                if (s.kind == StepKind::Approve) {
                    ++approvals;
                    QCOMPARE(s.role, Role::Leader);
                }
                if (s.kind == StepKind::Process || s.kind == StepKind::Review)
                    QCOMPARE(s.role, Role::Specialist);
                if (s.kind == StepKind::Assign)
                    QCOMPARE(s.role, Role::Leader);
            }
            QCOMPARE(approvals, 1);

            if (c.statutoryTime.unit == DurationUnit::WorkingDays) {
                QVERIFY2(plannedDays(w) <= c.statutoryTime.value,
                         qPrintable(QStringLiteral("steps plan %1 working days, the law allows %2")
                                        .arg(plannedDays(w))
                                        .arg(c.statutoryTime.value)));
            } else {
                bool anyDays = false;
                const int hours = plannedHours(w, &anyDays);
                QVERIFY2(!anyDays, "a procedure counted in hours has a step counted in days");
                QVERIFY2(hours <= c.statutoryTime.value, qPrintable(QString::number(hours)));
            }
        }
    }

    // Each procedure's workflow, frozen on a dossier, runs through the engine from acceptance to
    // the returned result with officers of the roles and units it names, and gets an appointment.
    void workflowRunsFromIntakeToReturn_data() { procedureIsComplete_data(); }

    void workflowRunsFromIntakeToReturn()
    {
        QFETCH(int, index);
        const Procedure& p = catalogue().procedures.at(index);
        const DeadlineCalculator deadlines{WorkingCalendar(CalendarSettings::standard())};
        const WorkflowEngine engine{deadlines};

        Dossier d = sampleDossier();
        d.code = p.agencyId + QStringLiteral("-261123-0001");
        d.agencyId = p.agencyId;
        d.procedureCode = p.nationalCode;
        d.procedureVersion = p.version;
        d.procedureName = p.name;
        d.statutoryTime = p.statutoryTime;
        d.workflow = p.workflow;
        d.status = DossierStatus::Registered;
        d.currentStepId = p.workflow.steps.first().id;
        d.currentUnit.clear();
        d.assignee.clear();
        d.receivedAt = {};
        d.appointmentAt = {};
        d.stepDeadlines.clear();
        d.pauses.clear();
        d.history.clear();
        d.version = 0;

        QDateTime at = vn(2026, 11, 23, 8, 0); // a Monday morning
        auto must = [&](const Actor& actor, const ActionRequest& r) {
            auto next = engine.apply(d, actor, r);
            if (!next) {
                QTest::qFail(qPrintable(QStringLiteral("%1 at step %2 refused: %3 %4")
                                            .arg(name(r.action), d.currentStepId, next.error().code,
                                                 next.error().message)),
                             __FILE__, __LINE__);
                return false;
            }
            d = *next;
            return true;
        };

        if (!must(actorFor(p.workflow.steps.first()), request(WorkflowAction::Accept, at)))
            return;
        QVERIFY(d.appointmentAt.isValid());
        QVERIFY(d.appointmentAt > d.receivedAt);
        QCOMPARE(d.appointmentAt, *deadlines.dueAt(d.receivedAt, p.statutoryTime));

        for (int guard = 0; d.status != DossierStatus::Finished; ++guard) {
            QVERIFY2(guard < p.workflow.steps.size(), "the workflow does not reach its result");
            at = at.addSecs(30 * 60);
            const int i = d.workflow.indexOf(d.currentStepId);
            QVERIFY(i > 0);
            const WorkflowStep& s = d.workflow.steps.at(i);
            QCOMPARE(d.currentUnit, s.unit);
            if (s.kind == StepKind::Approve) {
                if (!must(actorFor(s), request(WorkflowAction::Approve, at)))
                    return;
            } else if (s.kind == StepKind::Issue) {
                if (!must(actorFor(s), request(WorkflowAction::MarkResultReady, at)))
                    return;
            } else {
                const WorkflowStep& next = d.workflow.steps.at(i + 1);
                const bool named = next.kind == StepKind::Process || next.kind == StepKind::Review;
                if (!must(actorFor(s), request(WorkflowAction::Forward, at,
                                               named ? actorFor(next).username : QString())))
                    return;
            }
        }
        if (!must(actorFor(p.workflow.steps.last()),
                  request(WorkflowAction::ReturnResult, at.addSecs(600))))
            return;
        QCOMPARE(d.status, DossierStatus::Returned);
        QVERIFY(!d.refused);
        // Done within one working morning, well before the appointment.
        QCOMPARE(*DeadlineCalculator::classify(d.finishedAt, d.appointmentAt),
                 d.appointmentAt.date() == d.finishedAt.date() ? Timeliness::OnTime
                                                               : Timeliness::Early);
    }

    void reEncodingLosesNothing()
    {
        const auto& c = catalogue();
        const auto back = codec::fromJson<QList<Procedure>>(codec::toJson(c.procedures));
        QVERIFY(back);
        QCOMPARE(*back, c.procedures);
    }
};

QTEST_GUILESS_MAIN(TstDemoCatalogue)
#include "tst_democatalogue.moc"
