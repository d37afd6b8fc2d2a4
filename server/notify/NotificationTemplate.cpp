#include "notify/NotificationTemplate.h"

#include <QRegularExpression>

namespace motcua::server {
namespace {

// Sample values of the longest usual width, to check an SMS template's length once filled in.
const std::map<QString, QString>& sampleValues()
{
    static const std::map<QString, QString> values{
        {QStringLiteral("code"), QStringLiteral("000.00.53.H48-261120-0042")},
        {QStringLiteral("name"), QStringLiteral("Nguyễn Thị Ánh")},
        {QStringLiteral("procedure"), QStringLiteral("Đăng ký khai sinh")},
        {QStringLiteral("receivedAt"), QStringLiteral("09:00 23/11/2026")},
        {QStringLiteral("appointment"), QStringLiteral("17:00 26/11/2026")},
        {QStringLiteral("previousAppointment"), QStringLiteral("17:00 25/11/2026")},
        {QStringLiteral("reason"), QString()},
        {QStringLiteral("lookupUrl"), QString()},
    };
    return values;
}

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z]+)\\}"));
    return re;
}

} // namespace

NotificationTemplate NotificationTemplate::defaults(NotificationEvent event)
{
    const QString signature = QStringLiteral("\n\nBộ phận Tiếp nhận và Trả kết quả");
    switch (event) {
    case NotificationEvent::Accepted:
        return {QStringLiteral("Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả: {appointment}."),
                QStringLiteral("Đã tiếp nhận hồ sơ {code}"),
                QStringLiteral("Kính gửi ông/bà {name},\n\nHồ sơ {code} ({procedure}) đã được "
                               "tiếp nhận lúc {receivedAt}.\nThời gian hẹn trả kết quả: "
                               "{appointment}.\nTra cứu tiến độ: {lookupUrl}") +
                    signature};
    case NotificationEvent::SupplementRequested:
        return {QStringLiteral("Hồ sơ {code} cần bổ sung giấy tờ. Đề nghị ông/bà liên hệ Bộ phận "
                               "Một cửa để được hướng dẫn."),
                QStringLiteral("Hồ sơ {code} cần bổ sung"),
                QStringLiteral("Kính gửi ông/bà {name},\n\nHồ sơ {code} ({procedure}) cần bổ sung "
                               "như sau:\n{reason}\n\nThời hạn giải quyết được tính lại từ khi "
                               "nhận đủ hồ sơ bổ sung.") +
                    signature};
    case NotificationEvent::ApologyApproved:
        return {QStringLiteral("Xin lỗi ông/bà: hồ sơ {code} chưa thể trả đúng hẹn. Hẹn trả kết "
                               "quả mới: {appointment}."),
                QStringLiteral("Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}"),
                QStringLiteral("Kính gửi ông/bà {name},\n\nHồ sơ {code} ({procedure}) chưa thể "
                               "trả kết quả đúng hẹn ({previousAppointment}).\nLý do: {reason}\n"
                               "Thời gian hẹn trả kết quả mới: {appointment}.\n\nChúng tôi chân "
                               "thành xin lỗi ông/bà.") +
                    signature};
    case NotificationEvent::ResultReady:
        return {QStringLiteral("Hồ sơ {code} đã có kết quả. Mời ông/bà đến Bộ phận Một cửa nhận "
                               "kết quả."),
                QStringLiteral("Hồ sơ {code} đã có kết quả"),
                QStringLiteral("Kính gửi ông/bà {name},\n\nHồ sơ {code} ({procedure}) đã có kết "
                               "quả. Mời ông/bà mang giấy tiếp nhận hồ sơ đến Bộ phận Một cửa "
                               "để nhận kết quả.") +
                    signature};
    case NotificationEvent::StepEntered:
        return {QStringLiteral("Hồ sơ {code} đang được xử lý ở bước: {step}. Hẹn trả kết quả: "
                               "{appointment}."),
                QStringLiteral("Hồ sơ {code}: {step}"),
                QStringLiteral("Kính gửi ông/bà {name},\n\nHồ sơ {code} ({procedure}) đã chuyển "
                               "sang bước: {step}.\nThời gian hẹn trả kết quả: {appointment}.\n"
                               "Tra cứu tiến độ: {lookupUrl}") +
                    signature};
    }
    return {};
}

const QStringList& NotificationTemplate::placeholders()
{
    static const QStringList names{
        QStringLiteral("code"),        QStringLiteral("name"),
        QStringLiteral("procedure"),   QStringLiteral("receivedAt"),
        QStringLiteral("appointment"), QStringLiteral("previousAppointment"),
        QStringLiteral("reason"),      QStringLiteral("lookupUrl"),
        QStringLiteral("step")};
    return names;
}

Status NotificationTemplate::validate() const
{
    const std::pair<const QString*, const char*> texts[] = {
        {&sms, "sms"}, {&emailSubject, "emailSubject"}, {&emailBody, "emailBody"}};
    for (const auto& [text, field] : texts) {
        if (text->trimmed().isEmpty())
            return Error{QStringLiteral("notification.empty_template"),
                         QStringLiteral("the text must not be empty"), QLatin1String(field)};
        auto it = placeholderPattern().globalMatch(*text);
        while (it.hasNext()) {
            const QString placeholder = it.next().captured(1);
            if (!placeholders().contains(placeholder))
                return Error{QStringLiteral("notification.unknown_placeholder"),
                             QStringLiteral("unknown placeholder {%1}; known: %2")
                                 .arg(placeholder, placeholders().join(QStringLiteral(", "))),
                             QLatin1String(field)};
        }
    }
    if (emailSubject.contains(u'\n'))
        return Error{QStringLiteral("notification.multiline_subject"),
                     QStringLiteral("the subject must be one line"),
                     QStringLiteral("emailSubject")};
    const int units = smsUnits(render(sms, sampleValues()));
    if (units > kMaxSmsUnits)
        return Error{QStringLiteral("notification.sms_too_long"),
                     QStringLiteral("the SMS would be %1 characters with a typical code and time; "
                                    "two SMS segments hold %2")
                         .arg(units)
                         .arg(kMaxSmsUnits),
                     QStringLiteral("sms")};
    return success();
}

QString NotificationTemplate::render(const QString& text, const std::map<QString, QString>& values)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto value = values.find(m.captured(1));
        if (value == values.end())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += value->second;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace motcua::server
