// libFuzzer target for the wire codec: any bytes must decode to a value or an Error (never a
// crash, leak or undefined behaviour), and whatever decodes must survive encode → decode
// unchanged, in the server's strict mode and in a client's tolerant one. The first byte picks the
// type, the rest is the JSON text.

#include "calendar/CalendarSettings.h"
#include "codec/JsonCodec.h"
#include "domain/Agency.h"
#include "domain/Dossier.h"
#include "domain/Field.h"
#include "domain/IntakeRequest.h"
#include "domain/Procedure.h"
#include "domain/User.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace motcua;

namespace {

template <typename T> void check(QByteArrayView body)
{
    // A client's tolerant reading (unknown keys left aside) obeys the same rules: a value or an
    // Error, and what it keeps survives a round trip.
    const auto tolerant = codec::decode<T>(body, codec::UnknownFields::Ignore);
    if (tolerant) {
        const auto back = codec::decode<T>(codec::encode(*tolerant));
        if (!back || !(*back == *tolerant)) {
            std::fprintf(stderr, "tolerant decoding kept what does not round-trip\n");
            std::abort();
        }
    } else if (tolerant.error().code == QLatin1String("codec.unknown_field")) {
        std::fprintf(stderr, "tolerant decoding refused an unknown field\n");
        std::abort();
    }
    const auto first = codec::decode<T>(body);
    if (!first) {
        // Every refusal must say what and where in machine-readable form.
        if (first.error().code.isEmpty() || first.error().message.isEmpty()) {
            std::fprintf(stderr, "error without code or message\n");
            std::abort();
        }
        return;
    }
    const QByteArray again = codec::encode(*first);
    const auto second = codec::decode<T>(again);
    if (!second) {
        std::fprintf(stderr, "re-decoding our own output failed: %s\n%s\n",
                     qPrintable(second.error().describe()), again.constData());
        std::abort();
    }
    if (!(*second == *first)) {
        std::fprintf(stderr, "round trip changed the value:\n%s\n", again.constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 9) {
    case 0:
        check<Dossier>(body);
        break;
    case 1:
        check<Procedure>(body);
        break;
    case 2:
        check<User>(body);
        break;
    case 3:
        check<Agency>(body);
        break;
    case 4:
        check<Field>(body);
        break;
    case 5:
        check<CalendarSettings>(body);
        break;
    case 6:
        check<QList<Dossier>>(body);
        break;
    case 7:
        check<IntakeRequest>(body);
        break;
    case 8:
        check<ActionCommand>(body);
        break;
    }
    return 0;
}
