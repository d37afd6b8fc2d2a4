#pragma once

#include "core/Expected.h"
#include "notify/NotificationEvent.h"

#include <map>

#include <QString>

namespace motcua::server {

// The words sent to the citizen for one event: the SMS text, and the e-mail's subject and body.
// Placeholders in braces are filled from the dossier (see placeholders()); administrators edit
// templates through PUT /api/v1/notification-templates/{event}.
struct NotificationTemplate {
    QString sms;
    QString emailSubject;
    QString emailBody;

    // The built-in Vietnamese template of an event.
    static NotificationTemplate defaults(NotificationEvent event);

    // Names a template may use: code, name, procedure, receivedAt, appointment,
    // previousAppointment, reason, lookupUrl.
    static const QStringList& placeholders();

    // Refuses empty texts, unknown {placeholders} and an SMS longer than kMaxSmsUnits.
    Status validate() const;

    // `text` with each {placeholder} replaced by its value (unknown ones stay as written).
    static QString render(const QString& text, const std::map<QString, QString>& values);

    // Vietnamese needs UCS-2 encoding on the SMS network (GSM-7 has no ơ, ư, ạ ...): one segment
    // holds 70 UTF-16 code units, a concatenated message 67 per segment. Templates are limited
    // to what two segments hold with placeholders filled in (a 25-character code, a 16-character
    // time), i.e. 134 units.
    static constexpr int kMaxSmsUnits = 134;
    static int smsUnits(const QString& text) { return int(text.size()); } // UTF-16 code units

    friend bool operator==(const NotificationTemplate&, const NotificationTemplate&) = default;
};

} // namespace motcua::server
