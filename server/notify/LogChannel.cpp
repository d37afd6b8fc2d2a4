#include "notify/LogChannel.h"

namespace motcua::server {

Status LogChannel::send(const OutgoingMessage& m)
{
    m_logger.information("notification %Ld (%s, dossier %s) to %s: %s", Poco::Int64(m.id), m.event,
                         m.dossierCode, m.recipient, m.text);
    return success();
}

} // namespace motcua::server
