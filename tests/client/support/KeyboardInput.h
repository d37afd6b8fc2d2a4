#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace motcua::test {

// Types `text` as a person would, Vietnamese letters included (QTest::keyClicks takes ASCII
// only): each character to the widget that has the focus at that moment (an editor a first key
// opened takes the rest), else to `start`.
void typeText(QWidget* start, const QString& text);

// In `table`, opens the list editor of a cell with F2, moves down `steps` choices from the first
// and keeps it with Enter; returns once the editor has closed (the commit is queued). False when
// no list opened or it did not close.
bool chooseInTable(QTableView* table, int row, int column, int steps);

} // namespace motcua::test
