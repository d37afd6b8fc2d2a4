#pragma once

#include <QObject>

namespace motcua::client {

// One write's answer on its way from the store-writer thread to the object that asked for it.
// StoreWriter makes one per write, connects `finished` (queued) to that object, and emits it on
// the writer thread after the commit. Going through a connection is what makes this safe: Qt
// removes the connection when the receiver is deleted, and the call with it if it was already
// posted; the writer thread never touches the receiver itself (testing a QPointer there races
// with the receiver's deletion on its own thread).
class StoreWriteReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void finished();
};

} // namespace motcua::client
