#include "SampleData.h"

#include "TestDates.h"

namespace motcua::test {

WorkflowDefinition sampleWorkflow()
{
    WorkflowDefinition w;
    w.id = QStringLiteral("ho-tich-5-buoc");
    w.steps = {
        {QStringLiteral("intake"), QStringLiteral("Tiếp nhận hồ sơ"), StepKind::Intake,
         Role::Receptionist, QStringLiteral("Bộ phận Một cửa"), Duration::hours(4)},
        {QStringLiteral("assign"), QStringLiteral("Lãnh đạo phân công"), StepKind::Assign,
         Role::Leader, QStringLiteral("Tư pháp - Hộ tịch"), Duration::hours(4)},
        {QStringLiteral("process"), QStringLiteral("Chuyên viên thẩm định"), StepKind::Process,
         Role::Specialist, QStringLiteral("Tư pháp - Hộ tịch"), Duration::days(1)},
        {QStringLiteral("approve"), QStringLiteral("Lãnh đạo ký duyệt"), StepKind::Approve,
         Role::Leader, QStringLiteral("Tư pháp - Hộ tịch"), Duration::hours(4)},
        {QStringLiteral("issue"), QStringLiteral("Trả kết quả"), StepKind::Issue,
         Role::Receptionist, QStringLiteral("Bộ phận Một cửa"), Duration::hours(4)},
    };
    return w;
}

Procedure sampleProcedure()
{
    Procedure p;
    p.nationalCode = QStringLiteral("1.001193");
    p.localCode = QStringLiteral("1.001193.000.00.00.H48");
    p.name = QStringLiteral("Thủ tục đăng ký khai sinh");
    p.fieldCode = QStringLiteral("G09-TP02");
    p.agencyId = QStringLiteral("000.00.53.H48");
    p.serviceLevel = ServiceLevel::FullOnline;
    p.statutoryTime = Duration::days(3);
    p.fees = {{QStringLiteral("Lệ phí đăng ký khai sinh quá hạn"),
               8000,
               FeeCollection::AtIntake,
               QStringLiteral("Miễn khi đăng ký đúng hạn"),
               {}}};
    p.components = {
        {1, QStringLiteral("Tờ khai đăng ký khai sinh theo mẫu"), 1, 0, 0, true, {}, {}, {}},
        {2, QStringLiteral("Giấy chứng sinh"), 1, 0, 0, true, QStringLiteral("Bản chính"), {}, {}},
        {3, QStringLiteral("Văn bản ủy quyền (nếu có)"), 0, 1, 0, false, {}, {}, {}},
    };
    p.resultDocument = QStringLiteral("Giấy khai sinh (bản chính)");
    p.workflow = sampleWorkflow();
    p.version = 3;
    return p;
}

Procedure sampleProcedureWithCases()
{
    Procedure p = sampleProcedure();
    ProcedureCase onTime;
    onTime.id = 1;
    onTime.name = QStringLiteral("Đăng ký khai sinh đúng hạn");
    onTime.components = p.components;
    onTime.statutoryTime = Duration::days(3);
    onTime.channelTimes = {{Channel::Online, Duration::days(2)}};
    onTime.workflow = p.workflow;
    ProcedureCase late;
    late.id = 2;
    late.name = QStringLiteral("Đăng ký khai sinh quá hạn");
    late.components = p.components;
    late.components.append(
        {4, QStringLiteral("Giấy tờ chứng minh nơi cư trú"), 0, 1, 0, true, {}, {}, {}});
    late.statutoryTime = Duration::days(5);
    late.fees = {{QStringLiteral("Lệ phí đăng ký khai sinh quá hạn"),
                  8000,
                  FeeCollection::AtIntake,
                  {},
                  {Channel::Direct, Channel::Post}},
                 {QStringLiteral("Lệ phí đăng ký khai sinh quá hạn (trực tuyến)"),
                  4000,
                  FeeCollection::AtIntake,
                  {},
                  {Channel::Online}}};
    late.workflow = p.workflow;
    p.cases = {onTime, late};
    p.mirrorFirstCase();
    return p;
}

Dossier sampleDossier()
{
    const Procedure p = sampleProcedure();
    Dossier d;
    d.code = QStringLiteral("000.00.53.H48-261120-0042");
    d.agencyId = p.agencyId;
    d.procedureCode = p.nationalCode;
    d.procedureVersion = p.version;
    d.procedureName = p.name;
    d.statutoryTime = p.statutoryTime;
    d.workflow = p.workflow;
    d.channel = Channel::Direct;
    d.applicantType = ApplicantType::Citizen;
    d.owner = {QStringLiteral("Nguyễn Thị Ánh"),
               QStringLiteral("001190012345"),
               QDate(1990, 5, 17),
               QStringLiteral("0912345678"),
               QStringLiteral("anh.nguyen@example.vn"),
               QStringLiteral("Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, Hà Nội")};
    d.submitter = d.owner;
    d.representative = {QStringLiteral("Trần Văn Đức"),
                        QStringLiteral("001085004321"),
                        QDate(),
                        QStringLiteral("0987654321"),
                        {},
                        QStringLiteral("Phường Ngọc Hà, Hà Nội")};
    d.components = {
        {1, p.components[0].name, true, 1, 0, 0, true, false, {}},
        {2, p.components[1].name, true, 1, 0, 0, false, true,
         QStringLiteral("Đã dùng lại từ hồ sơ trước")},
    };
    d.sets = 1;
    d.fees = {{QStringLiteral("Lệ phí"), 8000, FeeCollection::AtIntake, PaymentMethod::Cash,
               QStringLiteral("BL-0001234"), vn(2026, 11, 20, 9, 35)}};
    d.receivedAt = vn(2026, 11, 20, 9, 30);
    d.appointmentAt = vn(2026, 11, 25, 17, 0);
    d.status = DossierStatus::Registered;
    d.currentStepId = QStringLiteral("intake");
    d.currentUnit = QStringLiteral("Bộ phận Một cửa");
    d.assignee = QStringLiteral("demo-reception");
    d.stepDeadlines = {{QStringLiteral("intake"),
                        QStringLiteral("demo-reception"),
                        vn(2026, 11, 20, 9, 30),
                        vn(2026, 11, 20, 13, 30),
                        {}}};
    d.pauses = {{PauseKind::Supplement, vn(2026, 11, 20, 9, 0), vn(2026, 11, 20, 9, 20),
                 QStringLiteral("Thiếu giấy chứng sinh")}};
    d.history = {{vn(2026, 11, 20, 9, 30),
                  QStringLiteral("demo-reception"),
                  QStringLiteral("register"),
                  {},
                  QStringLiteral("intake"),
                  QStringLiteral("demo-reception"),
                  QStringLiteral("Ghi chú: “trích dẫn” & ký tự đặc biệt"),
                  Timeliness::OnTime,
                  DossierStatus::Registered}};
    d.version = 7;
    return d;
}

} // namespace motcua::test
