#pragma once

#include "auth/Principal.h"
#include "domain/Dossier.h"
#include "domain/User.h"

#include <string>

#include <QJsonObject>
#include <QString>

namespace motcua::server {

// The one place that decides which agency's data a caller may see. Every route that returns or
// changes something belonging to an agency (dossiers, search, actions, attachments,
// notifications, the change feed, code blocks, users, procedures) asks here.
//
// The rule: a staff member sees the data of their own agency and nothing of any other, not even
// whether a code exists (a refusal is the same 404 as an unknown code). An administrator is scoped
// to their agency the same way; only an administrator without an agency (the operator created by
// --bootstrap-admin) is province-wide and sees every agency. An account of another role without
// an agency sees no agency's data.
class AccessPolicy {
public:
    struct Scope {
        bool everyAgency = false;
        QString agencyId; // when !everyAgency; empty = none
    };

    static Scope scope(const Principal& p);
    static bool maySee(const Principal& p, const QString& agencyId);

    // 404 "no dossier CODE" unless the caller may see the dossier's agency.
    static void requireDossier(const Principal& p, const Dossier& d);
    static void requireAgency(const Principal& p, const QString& agencyId,
                              const std::string& notFoundMessage);

    // What the caller may read of a user (who must be in the caller's scope): administrators get
    // the whole record; other staff get what a workstation needs — username, name, agency, unit,
    // roles, active — never phone or e-mail.
    static bool maySeeContactDetails(const Principal& p, const User& u);
    static QJsonObject userView(const Principal& p, const User& u);
};

} // namespace motcua::server
