#include "FormSamples.h"

#include "SampleData.h"
#include "TestDates.h"

namespace motcua::test::forms {

using motcua::client::FormData;
using motcua::client::FormKind;

namespace {

FormData common(FormKind kind)
{
    FormData f;
    f.kind = kind;
    f.agency.id = QStringLiteral("000.00.53.H48");
    f.agency.name = QStringLiteral("Ủy ban nhân dân phường Ba Đình");
    f.agency.address = QStringLiteral("Số 1 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội");
    f.agency.phone = QStringLiteral("024 3823 4567");
    f.parentAgencyName = QStringLiteral("Ủy ban nhân dân thành phố Hà Nội");
    f.placeName = QStringLiteral("Hà Nội");
    f.clerk.username = QStringLiteral("demo-reception");
    f.clerk.fullName = QStringLiteral("Lê Thị Hồng Nhung");
    f.clerk.unit = QStringLiteral("Bộ phận Một cửa");
    f.clerk.phone = QStringLiteral("0904 123 456");
    f.printedAt = vn(2026, 11, 20, 7, 50);
    f.staffNames = {{QStringLiteral("demo-reception"), QStringLiteral("Lê Thị Hồng Nhung")},
                    {QStringLiteral("truong-phong"), QStringLiteral("Phạm Quốc Hưng")},
                    {QStringLiteral("chuyen-vien"), QStringLiteral("Đỗ Thị Thu Hằng")},
                    {QStringLiteral("lanh-dao"), QStringLiteral("Vũ Đình Khải")}};
    return f;
}

Dossier dossier()
{
    Dossier d = sampleDossier();
    d.code = QString::fromUtf8(kCode);
    d.owner.fullName = QString::fromUtf8(kOwner);
    d.owner.address = QStringLiteral("Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, Hà Nội");
    d.submitter = d.owner;
    d.representative = {};
    d.components = {
        {1, QStringLiteral("Tờ khai đăng ký khai sinh theo mẫu"), true, 1, 0, 0, true, false, {}},
        {2, QStringLiteral("Giấy chứng sinh"), true, 1, 0, 0, true, false, {}},
        {3, QString::fromUtf8(kSpecialComponent), true, 0, 1, 0, true, false, {}},
        {4,
         QStringLiteral("Giấy tờ tùy thân của người đi đăng ký (CCCD)"),
         true,
         0,
         0,
         1,
         true,
         false,
         {}},
    };
    d.sets = 1;
    d.fees = {{QStringLiteral("Lệ phí đăng ký khai sinh"), 8000, FeeCollection::AtIntake,
               PaymentMethod::Cash, QStringLiteral("BL-0001234"), vn(2026, 11, 20, 7, 46)}};
    d.statutoryTime = Duration::days(3);
    d.receivedAt = vn(2026, 11, 20, 7, 45);
    d.appointmentAt = vn(2026, 11, 25, 8, 0);
    d.status = DossierStatus::Accepted;
    d.currentStepId = QStringLiteral("assign");
    d.history = {{vn(2026, 11, 20, 7, 40),
                  QStringLiteral("demo-reception"),
                  QStringLiteral("register"),
                  {},
                  QStringLiteral("intake"),
                  QStringLiteral("demo-reception"),
                  {},
                  std::nullopt,
                  DossierStatus::Registered},
                 {vn(2026, 11, 20, 7, 45),
                  QStringLiteral("demo-reception"),
                  QStringLiteral("accept"),
                  QStringLiteral("intake"),
                  QStringLiteral("assign"),
                  QStringLiteral("truong-phong"),
                  {},
                  std::nullopt,
                  DossierStatus::Accepted}};
    return d;
}

} // namespace

FormData receipt()
{
    FormData f = common(FormKind::Receipt);
    f.dossier = dossier();
    f.registerBook = QStringLiteral("03/2026");
    f.registerEntry = 1187;
    return f;
}

FormData supplement()
{
    FormData f = common(FormKind::Supplement);
    f.dossier = dossier();
    f.dossier.status = DossierStatus::Registered;
    f.dossier.components[1].received = false;
    f.dossier.components[1].originals = 1;
    f.dossier.components[1].note = QStringLiteral("Bản chính do cơ sở y tế cấp");
    f.dossier.components[2].note =
        QStringLiteral("Bản sao chưa được chứng thực; ghi sai ngày sinh");
    f.reason = QStringLiteral("Hồ sơ chưa đủ thành phần theo quy định.\nGiấy tờ cần đúng họ tên "
                              "của người được đăng ký khai sinh.");
    return f;
}

FormData refusal()
{
    FormData f = common(FormKind::Refusal);
    f.dossier = dossier();
    f.dossier.status = DossierStatus::NotAccepted;
    f.reason = QStringLiteral("Việc đăng ký khai sinh không thuộc thẩm quyền của <UBND phường> "
                              "nơi nộp hồ sơ.\nĐề nghị nộp tại nơi cư trú của người mẹ.");
    return f;
}

FormData controlSlip()
{
    FormData f = common(FormKind::ControlSlip);
    f.dossier = dossier();
    Dossier& d = f.dossier;
    d.status = DossierStatus::InProgress;
    d.currentStepId = QStringLiteral("approve");
    d.currentUnit = QStringLiteral("Tư pháp - Hộ tịch");
    d.history.append({vn(2026, 11, 20, 9, 10), QStringLiteral("truong-phong"),
                      QStringLiteral("forward"), QStringLiteral("assign"),
                      QStringLiteral("process"), QStringLiteral("chuyen-vien"),
                      QStringLiteral("Giao chuyên viên thẩm định"), Timeliness::Early,
                      DossierStatus::InProgress});
    d.history.append({vn(2026, 11, 23, 16, 30),
                      QStringLiteral("chuyen-vien"),
                      QStringLiteral("forward"),
                      QStringLiteral("process"),
                      QStringLiteral("approve"),
                      QStringLiteral("lanh-dao"),
                      {},
                      Timeliness::OnTime,
                      DossierStatus::InProgress});
    d.history.append(
        {vn(2026, 11, 24, 7, 35), QStringLiteral("lanh-dao"), QStringLiteral("returnToPrevious"),
         QStringLiteral("approve"), QStringLiteral("process"), QStringLiteral("chuyen-vien"),
         QStringLiteral("Bổ sung ý kiến thẩm định"), Timeliness::Late, DossierStatus::InProgress});
    d.history.append({vn(2026, 11, 24, 10, 5),
                      QStringLiteral("chuyen-vien"),
                      QStringLiteral("forward"),
                      QStringLiteral("process"),
                      QStringLiteral("approve"),
                      QStringLiteral("lanh-dao"),
                      {},
                      Timeliness::OnTime,
                      DossierStatus::InProgress});
    return f;
}

FormData registerBook(int count)
{
    FormData f = common(FormKind::Register);
    f.from = QDate(2026, 11, 16);
    f.to = QDate(2026, 11, 27);
    f.registerBook = QStringLiteral("03/2026");
    const Dossier base = dossier();
    static const char* const families[] = {"Nguyễn", "Trần", "Lê",   "Phạm", "Hoàng", "Huỳnh",
                                           "Vũ",     "Võ",   "Đặng", "Bùi",  "Đỗ",    "Hồ"};
    for (int i = 0; i < count + 2; ++i) {
        Dossier d = base;
        // Two extra dossiers fall outside [from, to]: the day before and the day after.
        const QDate day = i == count       ? QDate(2026, 11, 15)
                          : i == count + 1 ? QDate(2026, 11, 28)
                                           : QDate(2026, 11, 16).addDays(i / 6);
        d.receivedAt = vn(day.year(), day.month(), day.day(), 7 + (i % 6), 30);
        d.appointmentAt = d.receivedAt.addDays(5);
        d.code = QStringLiteral("000.00.53.H48-%1-%2")
                     .arg(day.toString(QStringLiteral("yyMMdd")))
                     .arg(i + 1, 4, 10, QLatin1Char('0'));
        d.owner.fullName =
            QStringLiteral("%1 Văn Thành %2").arg(QString::fromUtf8(families[i % 12])).arg(i + 1);
        if (i % 7 == 3) {
            d.status = DossierStatus::Returned;
            d.finishedAt = d.appointmentAt.addDays(-1);
            d.returnedAt = d.appointmentAt;
            d.returnedTo.fullName = d.owner.fullName;
            d.history.append({d.returnedAt,
                              QStringLiteral("demo-reception"),
                              QStringLiteral("returnResult"),
                              QStringLiteral("issue"),
                              QStringLiteral("issue"),
                              {},
                              {},
                              std::nullopt,
                              DossierStatus::Returned});
        }
        if (i % 11 == 5)
            d.status = DossierStatus::Withdrawn;
        f.dossiers.append(d);
    }
    return f;
}

FormData separator()
{
    FormData f = common(FormKind::Separator);
    f.dossier = dossier();
    f.dossier.components[1].received = false;
    return f;
}

FormData apology()
{
    FormData f = common(FormKind::Apology);
    f.dossier = dossier();
    f.printedAt = vn(2026, 11, 24, 9, 0);
    Apology approved;
    approved.proposedAt = vn(2026, 11, 23, 15, 0);
    approved.proposedBy = QStringLiteral("chuyen-vien");
    approved.reason = QStringLiteral("Cần xác minh thông tin nơi sinh tại cơ sở y tế.\nĐã gửi "
                                     "văn bản xác minh ngày 23/11/2026.");
    approved.previousAppointment = vn(2026, 11, 25, 8, 0);
    approved.newAppointment = vn(2026, 11, 30, 8, 0);
    approved.approvedAt = vn(2026, 11, 23, 16, 30);
    approved.approvedBy = QStringLiteral("lanh-dao");
    Apology later = approved; // a later proposal, not approved: not the one printed
    later.proposedAt = vn(2026, 11, 24, 8, 0);
    later.reason = QStringLiteral("Đề xuất chưa duyệt");
    later.newAppointment = vn(2026, 12, 5, 8, 0);
    later.approvedAt = {};
    later.approvedBy.clear();
    f.dossier.apologies = {approved, later};
    f.dossier.appointmentAt = approved.newAppointment;
    f.apologyNumber = QStringLiteral("12/PXL-UBND");
    return f;
}

} // namespace motcua::test::forms
