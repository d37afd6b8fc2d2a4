#pragma once

#include "domain/Dossier.h"

#include <functional>

#include <QDate>
#include <QList>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace motcua::client {

class RegisterModel;

// The tracking register (Mẫu 06) for a period: from/to dates (Vietnam civil dates, inclusive;
// this month by default), the dossiers received in it in order of reception, their count, and
// "Print…", which hands the rows to the main window for the printed form.
class RegisterPage : public QWidget {
    Q_OBJECT
public:
    // Full dossiers received between two Vietnam civil dates, inclusive (LocalStore::
    // receivedBetween, then LocalStore::dossier for each code: the register needs the number of
    // sets, the address and who took the result, which a summary does not carry).
    using RangeFunction = std::function<QList<Dossier>(const QDate& from, const QDate& to)>;
    using UserNameLookup = std::function<QString(const QString& username)>;

    // `today`: Vietnam's civil date; the range starts as its month.
    RegisterPage(RangeFunction dossiers, const QDate& today, QWidget* parent = nullptr);

    void setUserNameLookup(UserNameLookup lookup);
    void setRange(const QDate& from, const QDate& to);
    QDate from() const;
    QDate to() const;
    RegisterModel* model() const { return m_model; }

public slots:
    void refresh();
    void showToday();
    void showThisMonth();
    void showLastMonth();

signals:
    void printRequested(const QList<Dossier>& dossiers, const QDate& from, const QDate& to);
    // Enter or double-click on a row.
    void openDossier(const QString& code);

protected:
    void showEvent(QShowEvent* event) override;

private:
    RangeFunction m_dossiers;
    QDate m_today;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QPushButton* m_print;
    QTableView* m_table;
    RegisterModel* m_model;
    bool m_settingRange = false;
    bool m_stale = true; // the range changed while the page was hidden
};

} // namespace motcua::client
