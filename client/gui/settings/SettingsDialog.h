#pragma once

#include <functional>

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace motcua::client {

class SettingsPage;

// The administrator's settings (Ctrl+,): categories on the left with a search box that finds a
// page by the words on it, the page on the right, and Apply / Revert for the page shown. A page
// with unsaved changes is marked in the list; leaving it (another page, Close, Esc) asks first.
// Offline every page is read-only and the dialog says why.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void addPage(SettingsPage* page);
    void setOnline(bool online);

    SettingsPage* currentPage() const;
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* categoryList() const { return m_list; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* revertButton() const { return m_revert; }
    QLabel* offlineBanner() const { return m_offline; }

    // What leaving a page with unsaved changes does; tests answer without a message box.
    enum class Leave { Apply, Discard, Stay };
    void setLeaveAnswer(std::function<Leave(SettingsPage*)> answer)
    {
        m_answer = std::move(answer);
    }

public slots:
    void reject() override; // Esc and Close: asks first when the page has unsaved changes

private:
    void filter(const QString& text);
    void pageChosen(int row);
    void updateMarks();
    bool mayLeave(SettingsPage* page);
    Leave askLeave(SettingsPage* page);

    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_offline = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QList<SettingsPage*> m_pages;
    int m_shown = -1;
    std::function<Leave(SettingsPage*)> m_answer;
};

} // namespace motcua::client
