#pragma once

#include "calendar/WorkingCalendar.h"
#include "core/store/DossierSummary.h"
#include "domain/Dossier.h"

#include <functional>
#include <optional>

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace motcua::client {

class DossierSummaryModel;

// The clerk's lookup: one field that searches as you type — dossier code, owner's name with or
// without tones, phone or ID number — over the counter's local store, a list of results, and
// Enter (or a double-click) to open the selected dossier. A receipt scanned with the barcode gun
// (BarcodeWedge::scanned → handleScan) opens its dossier at once, wherever the focus was; the
// "Read with camera…" button (cameraButton, objectName readWithCameraButton) asks the main window
// for the webcam (cameraRequested), whose reading comes back through handleScan too.
//
// Keyboard: typing goes to the field; Down moves into the list, Escape back to the field (and,
// in the field, clears it); Enter in the field opens the selected row, else the first one.
// Searches run on every keystroke while they are fast (≤ 16 ms, measured each time); once a
// search is slower than that, typing is debounced by about as long as the last search took
// (at most 200 ms), so the field never stutters under a large store.
class LookupPage : public QWidget {
    Q_OBJECT
public:
    // LocalStore::search(text, limit) with the limit bound (e.g. 200).
    using SearchFunction = std::function<QList<DossierSummary>(const QString& text)>;
    // LocalStore::dossier(code): used to check a scanned code before opening it.
    using LoadFunction = std::function<std::optional<Dossier>(const QString& code)>;

    // Workstation::fetchDossier: asks the server for a dossier this counter does not keep (the
    // first sync takes open and recent dossiers only); the answer comes to dossierFetched().
    using FetchFunction = std::function<void(const QString& code)>;

    explicit LookupPage(SearchFunction search, LoadFunction load, QWidget* parent = nullptr);
    void setFetch(FetchFunction fetch) { m_fetch = std::move(fetch); }

    DossierSummaryModel* model() const { return m_model; }
    QPushButton* cameraButton() const { return m_camera; }
    // Time the last search took, in microseconds.
    qint64 lastSearchMicros() const { return m_lastSearchMicros; }
    // Deadline colours in the list: "now" and the working calendar.
    void setClock(std::function<QDateTime()> clock);
    void setCalendar(const WorkingCalendar& calendar);

public slots:
    // A code from the barcode gun or the webcam: a dossier code (alone, or inside the receipt's
    // QR link) opens its dossier; a citizen ID card's QR is said to be one (not a receipt) and
    // searches by the ID number; anything else is searched.
    void handleScan(const QString& text);
    // Focus the search field with its text selected (the main window binds F3 / Ctrl+F to it).
    void focusSearch();
    void setQuery(const QString& text);
    // Runs the current search again (e.g. after the sync engine brought changes).
    void refresh();
    // The server's answer to a fetch: a dossier scanned or typed in full opens once it is here.
    void dossierFetched(const QString& code, bool found);

signals:
    void openDossier(const QString& code);
    // The clerk wants to read a receipt with the webcam.
    void cameraRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextChanged();
    void runSearch();
    void openCurrent();
    void showMessage(const QString& text, bool warning);
    // Asks the server for `code` when this counter does not have it; false without a fetch.
    bool fetchMissing(const QString& code, bool openWhenFound);

    SearchFunction m_search;
    LoadFunction m_load;
    FetchFunction m_fetch;
    QString m_fetching;         // the code asked of the server, until it answers
    bool m_openFetched = false; // open it when it comes (a scan), or only list it (typed)
    QString m_notOnServer;      // the last code the server did not give
    QLineEdit* m_field;
    QPushButton* m_camera;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_message;
    DossierSummaryModel* m_model;
    QTimer m_debounce;
    qint64 m_lastSearchMicros = 0;
};

} // namespace motcua::client
