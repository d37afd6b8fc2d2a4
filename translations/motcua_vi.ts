<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>motcua::client::MainWindow</name>
    <message>
        <source>MotCua — One-stop counter</source>
        <translation>MotCua — Một cửa điện tử</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Đã kết nối máy chủ %1</translation>
    </message>
    <message>
        <source>Offline: %1 does not answer</source>
        <translation>Mất kết nối: máy chủ %1 không phản hồi</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
</context>
<context>
    <name>motcua::client::TodayPanel</name>
    <message>
        <source>Weekly rest day</source>
        <translation>Ngày nghỉ hằng tuần</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Giải phóng miền Nam, thống nhất đất nước</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Nghỉ bù</translation>
    </message>
    <message>
        <source>Set by the administrator</source>
        <translation>Theo quyết định của quản trị viên</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Coming days off</source>
        <translation>Các ngày nghỉ sắp tới</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>The calendar does not cover this date.</source>
        <translation>Lịch làm việc không có ngày này.</translation>
    </message>
    <message>
        <source>Working day, hours %1</source>
        <translation>Ngày làm việc, giờ làm việc %1</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Ngày nghỉ: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Weekly rest day (%1)</source>
        <translation>Ngày nghỉ hằng tuần (%1)</translation>
    </message>
</context>
</TS>
