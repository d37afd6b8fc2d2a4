// LocalStore: attachments (scanned papers and result documents) kept until the server has them.

#include "core/store/LocalStore.h"
#include "core/store/StoreImpl.h"

namespace motcua::client {

} // namespace motcua::client
