#include "notify/NotificationDispatcher.h"
#include "notify/NotificationEvent.h"
#include "notify/NotificationTemplate.h"
#include "notify/SmsGatewayChannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace motcua;
using namespace motcua::server;

// The pieces of the outbox that need no server: templates, the gateway's request body, the
// back-off, and which workflow actions tell the citizen something.
class TstNotificationTemplate : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreValidVietnameseAndFitTwoSmsSegments()
    {
        for (NotificationEvent e : allEvents()) {
            const NotificationTemplate t = NotificationTemplate::defaults(e);
            const Status ok = t.validate();
            QVERIFY2(ok, qPrintable(QString::fromStdString(eventName(e)) + ": " +
                                    (ok ? QString() : ok.error().message)));
            QVERIFY(t.sms.contains(QStringLiteral("{code}")));
            QVERIFY(t.sms.contains(QStringLiteral("Hồ sơ")) ||
                    t.sms.contains(QStringLiteral("hồ sơ")));
            QVERIFY(t.emailBody.startsWith(QStringLiteral("Kính gửi ông/bà {name},")));
        }
        // With a real code and time the acceptance SMS is one of two UCS-2 segments at most.
        const QString sms = NotificationTemplate::render(
            NotificationTemplate::defaults(NotificationEvent::Accepted).sms,
            {{QStringLiteral("code"), QStringLiteral("000.00.53.H48-261120-0042")},
             {QStringLiteral("appointment"), QStringLiteral("17:00 26/11/2026")}});
        QCOMPARE(sms, QStringLiteral("Hồ sơ 000.00.53.H48-261120-0042 đã được tiếp nhận. Hẹn trả "
                                     "kết quả: 17:00 26/11/2026."));
        QVERIFY(NotificationTemplate::smsUnits(sms) <= NotificationTemplate::kMaxSmsUnits);
    }

    void renderingAndValidation()
    {
        QCOMPARE(NotificationTemplate::render(QStringLiteral("{code}/{code} {unknown} {name}"),
                                              {{QStringLiteral("code"), QStringLiteral("A")},
                                               {QStringLiteral("name"), QStringLiteral("{code}")}}),
                 QStringLiteral("A/A {unknown} {code}")); // values are never re-expanded
        NotificationTemplate t = NotificationTemplate::defaults(NotificationEvent::ResultReady);
        t.emailSubject = QStringLiteral("Hồ sơ {code}\nBcc: x@y");
        QCOMPARE(t.validate().error().code, QStringLiteral("notification.multiline_subject"));
        t.emailSubject = QStringLiteral("  ");
        QCOMPARE(t.validate().error().code, QStringLiteral("notification.empty_template"));
        QCOMPARE(t.validate().error().path, QStringLiteral("emailSubject"));
        t = NotificationTemplate::defaults(NotificationEvent::ResultReady);
        t.emailBody += QStringLiteral(" {soHoSo}");
        QCOMPARE(t.validate().error().code, QStringLiteral("notification.unknown_placeholder"));
        QCOMPARE(t.validate().error().path, QStringLiteral("emailBody"));
    }

    void gatewayBodyIsEscapedForItsContentType()
    {
        OutgoingMessage m;
        m.id = 42;
        m.recipient = "0987654321";
        m.text = "Hồ sơ \"A\"\nđã có kết quả & mời nhận {phone} {x";
        SmsGatewayChannel::Settings s;
        s.url = "http://127.0.0.1:9/send?to={phoneIntl}&ref={id}";
        s.brandname = "UBND-DEMO";
        const SmsGatewayChannel json(s);
        const QJsonObject body =
            QJsonDocument::fromJson(QByteArray::fromStdString(json.renderBody(m))).object();
        QCOMPARE(body.value("message").toString(), QString::fromStdString(m.text));
        QCOMPARE(body.value("phone").toString(), QStringLiteral("0987654321"));
        QCOMPARE(body.value("brandname").toString(), QStringLiteral("UBND-DEMO"));
        QCOMPARE(json.renderUrl(m), std::string("http://127.0.0.1:9/send?to=84987654321&ref=42"));

        s.contentType = "application/x-www-form-urlencoded";
        s.body = "Phone={phone}&Content={message}&Brandname={brandname}";
        const SmsGatewayChannel form(s);
        const QString rendered = QString::fromStdString(form.renderBody(m));
        QVERIFY2(
            rendered.startsWith(QStringLiteral("Phone=0987654321&Content=H%E1%BB%93%20s%C6%A1")),
            qPrintable(rendered));
        QVERIFY(rendered.endsWith(QStringLiteral("&Brandname=UBND-DEMO")));
        QVERIFY(!rendered.contains(u'"') && !rendered.contains(u'\n') && !rendered.contains(u' '));
        // Whatever the normal form, the form body decodes back to the text.
        const QString decoded = QUrl::fromPercentEncoding(
            QByteArray::fromStdString(form.renderBody(m)).split('&').at(1).mid(8));
        QCOMPARE(decoded, QString::fromStdString(m.text));
    }

    void backOffDoublesUpToTheCeiling()
    {
        NotificationDispatcher::Settings s;
        s.firstDelayMs = 1000;
        s.maxDelayMs = 5000;
        QCOMPARE(NotificationDispatcher::retryDelayMs(s, 1), 1000);
        QCOMPARE(NotificationDispatcher::retryDelayMs(s, 2), 2000);
        QCOMPARE(NotificationDispatcher::retryDelayMs(s, 3), 4000);
        QCOMPARE(NotificationDispatcher::retryDelayMs(s, 4), 5000);
        QCOMPARE(NotificationDispatcher::retryDelayMs(s, 40), 5000);
    }

    void whichActionsTellTheCitizen()
    {
        Dossier before, after;
        before.status = after.status = DossierStatus::InProgress;
        QCOMPARE(eventFor(WorkflowAction::Forward, before, after), std::nullopt);
        QCOMPARE(eventFor(WorkflowAction::Comment, before, after), std::nullopt);
        QCOMPARE(eventFor(WorkflowAction::ProposeApology, before, after), std::nullopt);
        QCOMPARE(eventFor(WorkflowAction::ApproveApology, before, after),
                 std::optional(NotificationEvent::ApologyApproved));
        QCOMPARE(eventFor(WorkflowAction::RequestSupplement, before, after),
                 std::optional(NotificationEvent::SupplementRequested));
        after.status = DossierStatus::Finished;
        QCOMPARE(eventFor(WorkflowAction::MarkResultReady, before, after),
                 std::optional(NotificationEvent::ResultReady));
        QCOMPARE(eventFor(WorkflowAction::Approve, before, after),
                 std::optional(NotificationEvent::ResultReady));
        QCOMPARE(parseEvent("apologyApproved"), std::optional(NotificationEvent::ApologyApproved));
        QCOMPARE(parseEvent("apology"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TstNotificationTemplate)
#include "tst_notificationtemplate.moc"
