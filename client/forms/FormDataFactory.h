#pragma once

#include "domain/Dossier.h"
#include "domain/User.h"
#include "forms/FormData.h"

namespace motcua::client {

class LocalStore;

// Fills in what every printed form shows around the dossier — the agency and its parent, the
// place on the date line, the officer who signs, staff full names for the control slip — from
// the workstation's store, so the counter and `motcua print` print the same thing.
class FormDataFactory {
public:
    explicit FormDataFactory(const LocalStore& store);

    // `clerk` signs the form. For a receipt reprinted later the signing officer is the one who
    // accepted the dossier: use receivingOfficer().
    FormData make(FormKind kind, const User& clerk, const QString& agencyId) const;
    // A supplement request (Mẫu 02) of a dossier already accepted lists what the officer asked
    // for during processing and is signed by that officer.
    FormData forDossier(FormKind kind, const Dossier& dossier, const User& clerk) const;
    // The officer who accepted the dossier (from its history), or an empty user.
    User receivingOfficer(const Dossier& dossier) const;

private:
    void fillSupplementRequest(FormData& f) const;

    const LocalStore& m_store;
};

} // namespace motcua::client
