// LocalStore: work queues (the lists a specialist, a leader and the counter work from).

#include "core/store/LocalStore.h"
#include "core/store/StoreImpl.h"

namespace motcua::client {

} // namespace motcua::client
