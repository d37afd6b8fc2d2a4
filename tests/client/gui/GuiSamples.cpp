#include "GuiSamples.h"

#include "SampleData.h"
#include "TestDates.h"
#include "text/TextFold.h"

#include <algorithm>

namespace motcua::test {
namespace {

HistoryEntry event(const QDateTime& at, const char* actor, WorkflowAction action, const char* from,
                   const char* to, const char* toUser, const QString& comment,
                   std::optional<Timeliness> t, DossierStatus after)
{
    return {at,
            QString::fromLatin1(actor),
            name(action),
            QString::fromLatin1(from),
            QString::fromLatin1(to),
            QString::fromLatin1(toUser),
            comment,
            t,
            after};
}

Dossier base(const char* code, const QString& procedureCode, const QString& procedure,
             const Person& owner, const QDateTime& received, const QDateTime& due)
{
    Dossier d = sampleDossier();
    d.code = QString::fromLatin1(code);
    d.procedureCode = procedureCode;
    d.procedureName = procedure;
    d.owner = owner;
    d.submitter = owner;
    d.representative = {};
    d.receivedAt = received;
    d.appointmentAt = due;
    d.pauses = {};
    d.fees = {};
    d.status = DossierStatus::InProgress;
    d.currentStepId = QStringLiteral("process");
    d.currentUnit = QStringLiteral("Tư pháp - Hộ tịch");
    d.assignee = QStringLiteral("cv.hoa");
    d.stepDeadlines = {};
    d.history = {event(received, "rc.lan", WorkflowAction::Accept, "intake", "assign", "", {},
                       Timeliness::OnTime, DossierStatus::Accepted)};
    d.version = 3;
    return d;
}

} // namespace

QList<Dossier> guiDossiers()
{
    QList<Dossier> out;

    // 0: in progress at the specialist, due Wednesday 25/11.
    Dossier a =
        base("000.00.53.H48-261120-0042", QStringLiteral("1.001193"),
             QStringLiteral("Thủ tục đăng ký khai sinh"),
             {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("001190012345"), QDate(1990, 5, 17),
              QStringLiteral("0912345678"), QStringLiteral("anh.nguyen@example.vn"),
              QStringLiteral("Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, Hà Nội")},
             vn(2026, 11, 20, 9, 30), vn(2026, 11, 25, 17, 0));
    a.representative = {QStringLiteral("Trần Văn Đức"),
                        QStringLiteral("001085004321"),
                        QDate(),
                        QStringLiteral("0987654321"),
                        {},
                        QStringLiteral("Phường Ngọc Hà, Hà Nội")};
    a.fees = {{QStringLiteral("Lệ phí đăng ký khai sinh quá hạn"), 8000, FeeCollection::AtIntake,
               PaymentMethod::Cash, QStringLiteral("BL-0001234"), vn(2026, 11, 20, 9, 35)}};
    a.stepDeadlines = {{QStringLiteral("process"),
                        QStringLiteral("cv.hoa"),
                        vn(2026, 11, 20, 14, 0),
                        vn(2026, 11, 23, 17, 0),
                        {}}};
    a.history << event(vn(2026, 11, 20, 14, 0), "ld.minh", WorkflowAction::Forward, "assign",
                       "process", "cv.hoa",
                       QStringLiteral("Đề nghị đ/c Hoa thẩm định, trình trước 23/11"),
                       Timeliness::Early, DossierStatus::InProgress);
    out << a;

    // 1: result ready, a fee due at return, represented by her son.
    Dossier b = base("000.00.53.H48-261118-0007", QStringLiteral("2.000635"),
                     QStringLiteral("Cấp bản sao trích lục hộ tịch"),
                     {QStringLiteral("Trần Văn Đức"),
                      QStringLiteral("001085004321"),
                      QDate(),
                      QStringLiteral("0987654321"),
                      {},
                      QStringLiteral("Số 5 Hoàng Hoa Thám, phường Ngọc Hà, Hà Nội")},
                     vn(2026, 11, 18, 8, 15), vn(2026, 11, 20, 17, 0));
    b.status = DossierStatus::Finished;
    b.finishedAt = vn(2026, 11, 19, 16, 10);
    b.currentStepId = QStringLiteral("issue");
    b.currentUnit = QStringLiteral("Bộ phận Một cửa");
    b.assignee = QStringLiteral("rc.lan");
    b.sets = 2;
    b.fees = {{QStringLiteral("Phí cấp bản sao trích lục"),
               8000,
               FeeCollection::AtReturn,
               PaymentMethod::None,
               {},
               {}}};
    b.history << event(vn(2026, 11, 19, 16, 10), "ld.minh", WorkflowAction::MarkResultReady,
                       "approve", "issue", "rc.lan", {}, Timeliness::OnTime,
                       DossierStatus::Finished);
    out << b;

    // 2: returned.
    Dossier c = base("000.00.53.H48-261102-0015", QStringLiteral("1.000894"),
                     QStringLiteral("Đăng ký kết hôn"),
                     {QStringLiteral("Phạm Minh Nguyên"),
                      QStringLiteral("034092001122"),
                      QDate(),
                      QStringLiteral("0356789012"),
                      {},
                      QStringLiteral("Thôn Đông, xã Vũ Thư, Thái Bình")},
                     vn(2026, 11, 2, 10, 0), vn(2026, 11, 4, 17, 0));
    c.status = DossierStatus::Returned;
    c.finishedAt = vn(2026, 11, 3, 15, 0);
    c.returnedAt = vn(2026, 11, 5, 9, 20);
    c.returnedTo = {
        QStringLiteral("Phạm Minh Nguyên"), QStringLiteral("034092001122"), {}, {}, {}, {}};
    c.currentStepId = {};
    c.assignee = {};
    c.history << event(vn(2026, 11, 5, 9, 20), "rc.lan", WorkflowAction::ReturnResult, "issue", "",
                       "", QStringLiteral("Đã ký sổ giao nhận"), {}, DossierStatus::Returned);
    out << c;

    // 3: overdue since 20/11.
    Dossier e = base("000.00.53.H48-261116-0003", QStringLiteral("2.000815"),
                     QStringLiteral("Chứng thực chữ ký trong các giấy tờ, văn bản"),
                     {QStringLiteral("Nguyễn Văn Bình"),
                      QStringLiteral("001078009876"),
                      QDate(),
                      QStringLiteral("0904111222"),
                      {},
                      QStringLiteral("Số 8 Liễu Giai, phường Ngọc Hà, Hà Nội")},
                     vn(2026, 11, 16, 14, 5), vn(2026, 11, 20, 17, 0));
    e.stepDeadlines = {{QStringLiteral("process"),
                        QStringLiteral("cv.hoa"),
                        vn(2026, 11, 16, 15, 0),
                        vn(2026, 11, 18, 17, 0),
                        {}}};
    out << e;

    // 4: a business, waiting for a supplement.
    Dossier f = base("000.00.53.H48-261123-0001", QStringLiteral("2.000720"),
                     QStringLiteral("Đăng ký thành lập hộ kinh doanh"),
                     {QStringLiteral("Công ty TNHH Hòa Phát Xanh"),
                      QStringLiteral("0101234567"),
                      QDate(),
                      QStringLiteral("02437654321"),
                      {},
                      QStringLiteral("Tầng 3, 15 Kim Mã, phường Giảng Võ, Hà Nội")},
                     vn(2026, 11, 23, 9, 0), vn(2026, 11, 26, 17, 0));
    f.applicantType = ApplicantType::Business;
    f.representative = {QStringLiteral("Lê Quang Huy"),
                        QStringLiteral("001089005555"),
                        QDate(),
                        QStringLiteral("0977000111"),
                        {},
                        {}};
    f.submitter = f.representative;
    f.status = DossierStatus::SupplementRequested;
    f.pauses = {{PauseKind::Supplement,
                 vn(2026, 11, 23, 15, 0),
                 {},
                 QStringLiteral("Thiếu bản sao hợp đồng thuê địa điểm")}};
    f.history << event(vn(2026, 11, 23, 15, 0), "cv.hoa", WorkflowAction::RequestSupplement,
                       "process", "process", "", QStringLiteral("Thiếu hợp đồng thuê địa điểm"), {},
                       DossierStatus::SupplementRequested);
    out << f;

    // 5: accepted this morning.
    Dossier g = base("000.00.53.H48-261124-0002", QStringLiteral("1.004222"),
                     QStringLiteral("Xác nhận thông tin về cư trú"),
                     {QStringLiteral("Hoàng Thị Nguyệt"),
                      QStringLiteral("038195003344"),
                      QDate(),
                      QStringLiteral("0388123456"),
                      {},
                      QStringLiteral("Số 3 Văn Cao, phường Ngọc Hà, Hà Nội")},
                     vn(2026, 11, 24, 8, 5), vn(2026, 11, 27, 17, 0));
    g.status = DossierStatus::Accepted;
    g.currentStepId = QStringLiteral("assign");
    g.assignee = QStringLiteral("ld.minh");
    out << g;
    return out;
}

client::DossierSummary summaryOf(const Dossier& d, bool pending)
{
    QDateTime stepDue;
    for (const StepDeadline& sd : d.stepDeadlines) {
        if (sd.stepId == d.currentStepId && sd.finishedAt.isNull())
            stepDue = sd.dueAt;
    }
    return {d.code,          d.owner.fullName, d.owner.idNumber, d.owner.phone,
            d.procedureCode, d.procedureName,  d.status,         d.receivedAt,
            d.appointmentAt, d.finishedAt,     pending,          d.currentUnit,
            d.currentStepId, d.assignee,       stepDue,          QString()};
}

QList<client::DossierSummary> guiSummaries()
{
    QList<client::DossierSummary> out;
    const auto all = guiDossiers();
    for (int i = 0; i < all.size(); ++i)
        out << summaryOf(all.at(i), i == 5);
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.receivedAt > b.receivedAt; });
    return out;
}

QString officerName(const QString& username)
{
    if (username == QLatin1String("rc.lan"))
        return QStringLiteral("Đỗ Thị Lan");
    if (username == QLatin1String("ld.minh"))
        return QStringLiteral("Vũ Đức Minh");
    if (username == QLatin1String("cv.hoa"))
        return QStringLiteral("Lê Thị Hoa");
    return {};
}

QList<client::DossierSummary> searchSummaries(const QList<client::DossierSummary>& summaries,
                                              const QString& text)
{
    // Every typed word must start a word of the row (as LocalStore's word index does); a code,
    // phone or ID number may also be matched inside.
    const QStringList query = TextFold::tokens(text);
    QList<client::DossierSummary> out;
    for (const auto& s : summaries) {
        const QStringList words =
            TextFold::tokens(s.ownerName) + QStringList{s.ownerPhone, s.ownerIdNumber};
        const bool all = std::all_of(query.cbegin(), query.cend(), [&](const QString& q) {
            return s.code.contains(q, Qt::CaseInsensitive) ||
                   std::any_of(words.cbegin(), words.cend(),
                               [&](const QString& w) { return w.startsWith(q); });
        });
        if (all)
            out << s;
    }
    return out;
}

} // namespace motcua::test
