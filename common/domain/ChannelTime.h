#pragma once

#include "domain/Duration.h"
#include "domain/Enums.h"

namespace motcua {

// The statutory time of a procedure case for one filing channel when it differs from the time
// for a dossier filed in person (e.g. an online filing answered sooner).
struct ChannelTime {
    Channel channel = Channel::Online;
    Duration time;

    friend bool operator==(const ChannelTime&, const ChannelTime&) = default;
};

} // namespace motcua
