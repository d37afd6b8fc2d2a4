#pragma once

#include "forms/FormKind.h"

#include <QMap>
#include <QString>

class QSettings;

namespace motcua::client {

// Site settings of the printed forms, kept in the client's QSettings under "forms/":
//   forms/templateDirectory      folder of administrator-edited templates (a file there with the
//                                name of a built-in one, e.g. receipt.html, wins)
//   forms/lookupUrlBase          citizen lookup address the receipt's QR code points to, e.g.
//                                "https://dichvucong.example/tra-cuu?ma=" or ".../{code}"; empty =
//                                the QR code holds the dossier code alone
//   forms/<kind>/pageSize        "A4", "A5", … (QPageSize key)
//   forms/<kind>/orientation     "portrait" or "landscape"
//   forms/<kind>/margins         "left,top,right,bottom" in millimetres
//   forms/<kind>/scale           how much the A4 design is shrunk (default 0.75 on A5)
struct FormSettings {
    QString templateDirectory;
    QString lookupUrlBase;
    QMap<FormKind, PageSetup> pageSetups; // kinds not listed use defaultPageSetup()

    PageSetup pageSetup(FormKind kind) const
    {
        return pageSetups.value(kind, defaultPageSetup(kind));
    }

    static FormSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace motcua::client
