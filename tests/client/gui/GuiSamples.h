#pragma once

#include "core/store/DossierSummary.h"
#include "domain/Dossier.h"

#include <QList>
#include <QString>

namespace motcua::test {

// Realistic counter data for the GUI tests and screenshots: a commune's dossiers in several
// states around Tuesday 24/11/2026 (Vietnam time).
//   0  000.00.53.H48-261120-0042  Nguyễn Thị Ánh       birth registration, in progress, due 25/11
//   1  000.00.53.H48-261118-0007  Trần Văn Đức          copy of a civil status extract, result
//                                                       ready, 8.000 đ due at return
//   2  000.00.53.H48-261102-0015  Phạm Minh Nguyên      marriage registration, returned
//   3  000.00.53.H48-261116-0003  Nguyễn Văn Bình       signature certification, overdue
//   4  000.00.53.H48-261123-0001  Công ty TNHH Hòa Phát Xanh   household business, supplement
//   5  000.00.53.H48-261124-0002  Hoàng Thị Nguyệt      residence confirmation, accepted today
QList<Dossier> guiDossiers();
client::DossierSummary summaryOf(const Dossier& d, bool pending = false);
QList<client::DossierSummary> guiSummaries();
// Usernames of the sample officers → full names.
QString officerName(const QString& username);
// Roughly the search LocalStore does, over `summaries`: every typed word starts a word of the
// owner's name (accent-insensitive), or occurs in the code, phone or ID number.
QList<client::DossierSummary> searchSummaries(const QList<client::DossierSummary>& summaries,
                                              const QString& text);

} // namespace motcua::test
