<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>motcua::client::MainWindow</name>
    <message>
        <source>MotCua — One-stop counter</source>
        <translation>MotCua — One-stop counter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Offline: %1 does not answer</source>
        <translation>Offline: %1 does not answer</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
</context>
<context>
    <name>motcua::client::TodayPanel</name>
    <message>
        <source>Weekly rest day</source>
        <translation>Weekly rest day</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Lunar New Year (Tết)</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Hùng Kings&apos; Commemoration Day</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Reunification Day</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>International Labour Day</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Compensatory day off</translation>
    </message>
    <message>
        <source>Set by the administrator</source>
        <translation>Set by the administrator</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Coming days off</source>
        <translation>Coming days off</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>The calendar does not cover this date.</source>
        <translation>The calendar does not cover this date.</translation>
    </message>
    <message>
        <source>Working day, hours %1</source>
        <translation>Working day, hours %1</translation>
    </message>
    <message>
        <source>Weekly rest day (%1)</source>
        <translation>Weekly rest day (%1)</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>Day off: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
</TS>
