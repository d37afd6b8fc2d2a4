#include "KeyboardInput.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QTableView>
#include <QtTest>

namespace motcua::test {

void typeText(QWidget* start, const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : start;
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
}

bool chooseInTable(QTableView* table, int row, int column, int steps)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    auto* box = table->findChild<QComboBox*>();
    if (!box)
        return false;
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Return);
    return QTest::qWaitFor([table] { return !table->findChild<QComboBox*>(); });
}

} // namespace motcua::test
