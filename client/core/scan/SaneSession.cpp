// The one file of MotCua that includes SANE's headers: everything else goes through
// SaneSession.h, so that what differs between SANE versions and backends stays here.

#include "core/scan/SaneSession.h"

#include "core/scan/DeviceVocabulary.h"
#include "core/scan/FrameAssembler.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

#include <QLoggingCategory>

#include <dlfcn.h>
#include <pthread.h>
#include <sane/sane.h>
#include <sane/saneopts.h>

// SANE's reader threads (sanei_thread, which Debian builds on pthreads: the test backend and many
// real ones) make themselves *asynchronously* cancellable and are cancelled by sane_cancel() and
// at the end of every page. A thread cancelled asynchronously inside malloc() or free() dies
// holding the allocator's lock, and the next thread to use that arena hangs for ever — seen in
// our tests about once in 1,500 pages, always after a cancel or a read error. Deferred
// cancellation ends the same threads at their next write(), read() or sleep(), with no lock
// held. This definition takes precedence over the C library's for the backends (the link
// exports it from the executable, see sources.cmake); only requests for asynchronous
// cancellation change.
extern "C" int pthread_setcanceltype(int type, int* oldtype)
{
    using Function = int (*)(int, int*);
    static const auto next = reinterpret_cast<Function>(dlsym(RTLD_NEXT, "pthread_setcanceltype"));
    if (!next)
        return ENOSYS;
    return next(type == PTHREAD_CANCEL_ASYNCHRONOUS ? PTHREAD_CANCEL_DEFERRED : type, oldtype);
}

namespace motcua::client {

namespace {

Q_LOGGING_CATEGORY(lcSane, "motcua.scan.sane", QtInfoMsg)

// sane_init/sane_exit act on the whole process: counted, so that several sessions can share
// the library and the last one out releases it.
std::mutex g_libraryMutex;
int g_libraryUsers = 0;

// The largest page we agree to hold in memory: 1200-dpi colour A4 is 417 MB.
constexpr qint64 kMaxPageBytes = qint64(1) << 30;
constexpr SANE_Int kReadChunk = 256 * 1024;
// A lamp warming up answers SANE_STATUS_WARMING_UP: ask again, for up to half a minute.
constexpr int kWarmUpRetries = 30;
constexpr auto kWarmUpPause = std::chrono::seconds(1);
// Resolutions worth offering when the device gives a range.
constexpr int kCommonResolutions[] = {75, 100, 150, 200, 240, 300, 400, 600, 1200};
constexpr int kPreviewResolution = 75;
// Two statuses of later SANE drafts that some backends return already (sane.h keeps them under
// `#if 0`).
constexpr int kStatusWarmingUp = 12;
constexpr int kStatusHardwareLocked = 13;

ScanStatus fromSane(SANE_Status status)
{
    switch (status) {
    case SANE_STATUS_GOOD:
    case SANE_STATUS_EOF:
        return ScanStatus::Ok;
    case SANE_STATUS_UNSUPPORTED:
        return ScanStatus::Unsupported;
    case SANE_STATUS_CANCELLED:
        return ScanStatus::Cancelled;
    case SANE_STATUS_DEVICE_BUSY:
        return ScanStatus::DeviceBusy;
    case SANE_STATUS_INVAL:
        return ScanStatus::InvalidSettings;
    case SANE_STATUS_JAMMED:
        return ScanStatus::Jammed;
    case SANE_STATUS_NO_DOCS:
        return ScanStatus::NoDocuments;
    case SANE_STATUS_COVER_OPEN:
        return ScanStatus::CoverOpen;
    case SANE_STATUS_IO_ERROR:
        return ScanStatus::IoError;
    case SANE_STATUS_NO_MEM:
        return ScanStatus::OutOfMemory;
    case SANE_STATUS_ACCESS_DENIED:
        return ScanStatus::AccessDenied;
    }
    switch (int(status)) {
    case kStatusWarmingUp:
        return ScanStatus::WarmingUp;
    case kStatusHardwareLocked:
        return ScanStatus::Locked;
    default:
        return ScanStatus::IoError;
    }
}

SANE_Handle handleOf(void* handle)
{
    return static_cast<SANE_Handle>(handle);
}

// An option found by name. Looked up afresh each time: a change may reload the descriptors
// (SANE_INFO_RELOAD_OPTIONS) and the old pointers are then stale.
struct Option {
    SANE_Int index = -1;
    const SANE_Option_Descriptor* d = nullptr;

    explicit operator bool() const { return d != nullptr; }
    bool active() const { return d && SANE_OPTION_IS_ACTIVE(d->cap); }
    bool settable() const { return active() && SANE_OPTION_IS_SETTABLE(d->cap); }
    bool numeric() const { return d && (d->type == SANE_TYPE_INT || d->type == SANE_TYPE_FIXED); }
};

Option findOption(SANE_Handle h, const char* name)
{
    // Option 0 holds the number of options; without it, walk until the backend says no more.
    SANE_Int count = 0;
    if (sane_control_option(h, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        count = 10000;
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(h, i);
        if (!d)
            break;
        if (d->name && std::strcmp(d->name, name) == 0)
            return {i, d};
    }
    return {};
}

QStringList stringList(const Option& o)
{
    QStringList list;
    if (!o || o.d->type != SANE_TYPE_STRING || o.d->constraint_type != SANE_CONSTRAINT_STRING_LIST)
        return list;
    for (const SANE_String_Const* s = o.d->constraint.string_list; *s; ++s)
        list << QString::fromUtf8(*s);
    return list;
}

double fromWord(const Option& o, SANE_Word w)
{
    return o.d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
}

SANE_Word toWord(const Option& o, double v)
{
    // The descriptor says which: the test backend's resolution and geometry are FIXED, many
    // real backends' resolution is INT.
    return o.d->type == SANE_TYPE_FIXED ? SANE_FIX(v) : SANE_Word(std::lround(v));
}

// Numeric values a word-list constraint allows.
std::vector<double> wordList(const Option& o)
{
    std::vector<double> values;
    if (!o.numeric() || o.d->constraint_type != SANE_CONSTRAINT_WORD_LIST)
        return values;
    const SANE_Word* list = o.d->constraint.word_list;
    for (SANE_Word i = 1; i <= list[0]; ++i)
        values.push_back(fromWord(o, list[i]));
    return values;
}

struct Range {
    double min = 0;
    double max = 0;
    double quant = 0;
};

std::optional<Range> range(const Option& o)
{
    if (!o.numeric() || o.d->constraint_type != SANE_CONSTRAINT_RANGE)
        return std::nullopt;
    const SANE_Range* r = o.d->constraint.range;
    return Range{fromWord(o, r->min), fromWord(o, r->max), fromWord(o, r->quant)};
}

// The allowed value nearest to `want`.
double nearestAllowed(const Option& o, double want)
{
    if (const auto r = range(o)) {
        double v = std::clamp(want, r->min, r->max);
        if (r->quant > 0)
            v = std::min(r->max, r->min + std::round((v - r->min) / r->quant) * r->quant);
        return v;
    }
    const std::vector<double> list = wordList(o);
    if (list.empty())
        return want;
    return *std::min_element(list.begin(), list.end(), [want](double a, double b) {
        return std::abs(a - want) < std::abs(b - want);
    });
}

bool allows(const Option& o, double value)
{
    if (const auto r = range(o))
        return value >= r->min && value <= r->max;
    const std::vector<double> list = wordList(o);
    return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

SANE_Status setWord(SANE_Handle h, const Option& o, SANE_Word w)
{
    // Array options (size > one word) get the value in every element: the buffer must be as
    // large as the descriptor says.
    std::vector<SANE_Word> value(std::max<size_t>(1, size_t(o.d->size) / sizeof(SANE_Word)), w);
    SANE_Int info = 0;
    return sane_control_option(h, o.index, SANE_ACTION_SET_VALUE, value.data(), &info);
}

SANE_Status setString(SANE_Handle h, const Option& o, const QString& text)
{
    // String options take a buffer of the descriptor's size, NUL-terminated.
    std::vector<char> value(size_t(std::max<SANE_Int>(o.d->size, 1)), '\0');
    const QByteArray utf8 = text.toUtf8();
    std::memcpy(value.data(), utf8.constData(), std::min(size_t(utf8.size()), value.size() - 1));
    SANE_Int info = 0;
    return sane_control_option(h, o.index, SANE_ACTION_SET_VALUE, value.data(), &info);
}

std::optional<double> getNumber(SANE_Handle h, const Option& o)
{
    if (!o.numeric() || !o.active())
        return std::nullopt;
    std::vector<SANE_Word> value(std::max<size_t>(1, size_t(o.d->size) / sizeof(SANE_Word)), 0);
    if (sane_control_option(h, o.index, SANE_ACTION_GET_VALUE, value.data(), nullptr) !=
        SANE_STATUS_GOOD)
        return std::nullopt;
    return fromWord(o, value[0]);
}

RawFrame::Format formatOf(SANE_Frame f)
{
    switch (f) {
    case SANE_FRAME_GRAY:
        return RawFrame::Format::Gray;
    case SANE_FRAME_RGB:
        return RawFrame::Format::Rgb;
    case SANE_FRAME_RED:
        return RawFrame::Format::Red;
    case SANE_FRAME_GREEN:
        return RawFrame::Format::Green;
    case SANE_FRAME_BLUE:
        return RawFrame::Format::Blue;
    }
    return RawFrame::Format::Other;
}

// Reads one frame after sane_start, to its end. A cancelled read may end with EOF (the test
// backend does): only the byte count tells a finished frame from a cut one.
ScanStatus readFrame(SANE_Handle h, const std::atomic<bool>& cancelled,
                     const SaneSession::Progress& progress, RawFrame* frame, bool* last)
{
    SANE_Parameters p{};
    if (const SANE_Status s = sane_get_parameters(h, &p); s != SANE_STATUS_GOOD)
        return fromSane(s);
    if (p.bytes_per_line <= 0 || p.pixels_per_line <= 0)
        return ScanStatus::UnsupportedFormat;
    frame->format = formatOf(p.format);
    frame->depth = p.depth;
    frame->pixelsPerLine = p.pixels_per_line;
    frame->bytesPerLine = p.bytes_per_line;
    *last = p.last_frame;
    const qint64 bpl = p.bytes_per_line;
    const qint64 expected = p.lines > 0 ? p.lines * bpl : -1;
    if (expected > kMaxPageBytes)
        return ScanStatus::OutOfMemory;

    QByteArray& data = frame->data;
    qint64 got = 0;
    if (expected > 0)
        data.resize(expected);
    std::vector<SANE_Byte> spill;
    ScanStatus status = ScanStatus::Ok;
    for (;;) {
        // Checked here too: not every backend ends a blocked read on sane_cancel.
        if (cancelled.load()) {
            status = ScanStatus::Cancelled;
            break;
        }
        SANE_Byte* dst = nullptr;
        SANE_Int max = kReadChunk;
        if (expected < 0) {
            // Length unknown (a hand scanner): grow as the data comes.
            if (got + kReadChunk > kMaxPageBytes) {
                status = ScanStatus::OutOfMemory;
                break;
            }
            if (data.capacity() < got + kReadChunk)
                data.reserve(std::max<qint64>(2 * data.capacity(), got + kReadChunk));
            data.resize(got + kReadChunk);
            dst = reinterpret_cast<SANE_Byte*>(data.data()) + got;
        } else if (got < expected) {
            dst = reinterpret_cast<SANE_Byte*>(data.data()) + got;
            max = SANE_Int(std::min<qint64>(kReadChunk, expected - got));
        } else {
            // All the page is in: read on until the backend says EOF (the next sane_start
            // expects it), dropping anything extra.
            spill.resize(size_t(kReadChunk));
            dst = spill.data();
        }
        SANE_Int n = 0;
        const SANE_Status s = sane_read(h, dst, max, &n);
        if (s == SANE_STATUS_EOF)
            break;
        if (s != SANE_STATUS_GOOD) {
            status = fromSane(s);
            break;
        }
        if (dst != spill.data()) {
            got += n;
            if (progress)
                progress(got, expected);
        }
    }
    if (expected < 0)
        data.resize(got - got % bpl);
    frame->lines = int(expected > 0 ? p.lines : got / bpl);
    if (status == ScanStatus::Ok && expected > 0 && got < expected)
        status = ScanStatus::IncompletePage;
    if (status != ScanStatus::Ok && cancelled.load())
        status = ScanStatus::Cancelled;
    return status;
}

} // namespace

SaneSession::SaneSession() = default;

SaneSession::~SaneSession()
{
    close();
    if (m_libraryHeld) {
        const std::lock_guard lock(g_libraryMutex);
        if (--g_libraryUsers == 0)
            sane_exit();
    }
}

bool SaneSession::acquireLibrary()
{
    if (m_libraryHeld)
        return true;
    const std::lock_guard lock(g_libraryMutex);
    if (g_libraryUsers == 0) {
        SANE_Int version = 0;
        const SANE_Status s = sane_init(&version, nullptr);
        if (s != SANE_STATUS_GOOD) {
            qCWarning(lcSane) << "sane_init failed:" << sane_strstatus(s);
            return false;
        }
        qCDebug(lcSane) << "SANE" << SANE_VERSION_MAJOR(version) << SANE_VERSION_MINOR(version)
                        << SANE_VERSION_BUILD(version);
    }
    ++g_libraryUsers;
    m_libraryHeld = true;
    return true;
}

ScanStatus SaneSession::listDevices(QList<ScanDevice>* devices)
{
    devices->clear();
    if (!acquireLibrary())
        return ScanStatus::LibraryFailed;
    const SANE_Device** list = nullptr;
    // Network scanners too: counters often share one on the office network.
    const SANE_Status s = sane_get_devices(&list, SANE_FALSE);
    if (s != SANE_STATUS_GOOD)
        return fromSane(s);
    // The list belongs to SANE and dies with the next call: copy it now.
    for (int i = 0; list && list[i]; ++i) {
        devices->append({QString::fromUtf8(list[i]->name), QString::fromUtf8(list[i]->vendor),
                         QString::fromUtf8(list[i]->model), QString::fromUtf8(list[i]->type)});
    }
    return devices->isEmpty() ? ScanStatus::NoDevice : ScanStatus::Ok;
}

ScanStatus SaneSession::open(const QString& name)
{
    if (!acquireLibrary())
        return ScanStatus::LibraryFailed;
    close();
    if (name.isEmpty())
        return ScanStatus::DeviceNotFound;
    SANE_Handle h = nullptr;
    const SANE_Status s = sane_open(name.toUtf8().constData(), &h);
    if (s != SANE_STATUS_GOOD) {
        qCInfo(lcSane) << "sane_open" << name << sane_strstatus(s);
        // INVAL is what SANE answers for a name no backend knows.
        return s == SANE_STATUS_INVAL || s == SANE_STATUS_UNSUPPORTED ? ScanStatus::DeviceNotFound
                                                                      : fromSane(s);
    }
    {
        const std::lock_guard lock(m_cancelMutex);
        m_handle = h;
    }
    m_deviceName = name;
    return ScanStatus::Ok;
}

void SaneSession::close()
{
    if (!m_handle)
        return;
    SANE_Handle h = handleOf(m_handle);
    {
        const std::lock_guard lock(m_cancelMutex);
        m_handle = nullptr;
        m_reading = false;
    }
    sane_cancel(h);
    sane_close(h);
    m_deviceName.clear();
}

DeviceCapabilities SaneSession::capabilities() const
{
    DeviceCapabilities caps;
    caps.device = m_deviceName;
    if (!m_handle)
        return caps;
    SANE_Handle h = handleOf(m_handle);

    if (const Option o = findOption(h, SANE_NAME_SCAN_SOURCE); o.active()) {
        for (const QString& s : stringList(o)) {
            if (const auto kind = DeviceVocabulary::sourceKind(s);
                kind && !caps.sources.contains(*kind))
                caps.sources << *kind;
        }
        std::sort(caps.sources.begin(), caps.sources.end());
    }
    if (caps.sources.isEmpty())
        caps.sources << ScanSource::Flatbed;

    if (const Option o = findOption(h, SANE_NAME_SCAN_MODE); o.active()) {
        const QStringList modes = stringList(o);
        if (!DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Color).isEmpty())
            caps.modes << ScanMode::Color;
        if (!DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Gray).isEmpty())
            caps.modes << ScanMode::Gray;
        const Option depth = findOption(h, SANE_NAME_BIT_DEPTH);
        // Line-art: a mode of its own, or grey at 1 bit (as the test backend does it), or at
        // worst a dithered halftone.
        if (!DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Lineart).isEmpty() ||
            (caps.hasMode(ScanMode::Gray) && depth.numeric() && allows(depth, 1)) ||
            !DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Halftone).isEmpty())
            caps.modes << ScanMode::Lineart;
    } else {
        caps.modes << ScanMode::Gray;
    }

    Option res = findOption(h, SANE_NAME_SCAN_RESOLUTION);
    if (!res.active())
        res = findOption(h, SANE_NAME_SCAN_X_RESOLUTION);
    if (res.active() && res.numeric()) {
        if (const auto r = range(res)) {
            caps.minResolution = int(std::ceil(r->min));
            caps.maxResolution = int(std::floor(r->max));
            for (const int v : kCommonResolutions) {
                if (v >= r->min && v <= r->max)
                    caps.resolutions << v;
            }
            if (caps.resolutions.isEmpty())
                caps.resolutions << caps.minResolution;
        } else {
            for (const double v : wordList(res))
                caps.resolutions << int(std::lround(v));
            std::sort(caps.resolutions.begin(), caps.resolutions.end());
            if (!caps.resolutions.isEmpty()) {
                caps.minResolution = caps.resolutions.first();
                caps.maxResolution = caps.resolutions.last();
            }
        }
        caps.currentResolution = int(std::lround(getNumber(h, res).value_or(0)));
    }

    const Option brX = findOption(h, SANE_NAME_SCAN_BR_X);
    const Option brY = findOption(h, SANE_NAME_SCAN_BR_Y);
    if (brX.active() && brY.active() && brX.d->unit == SANE_UNIT_MM &&
        brY.d->unit == SANE_UNIT_MM) {
        const auto rx = range(brX);
        const auto ry = range(brY);
        if (rx && ry)
            caps.maxAreaMm = QSizeF(rx->max, ry->max);
    }
    return caps;
}

ScanStatus SaneSession::setOption(const QString& name, const QVariant& value)
{
    if (!m_handle)
        return ScanStatus::DeviceNotFound;
    SANE_Handle h = handleOf(m_handle);
    const Option o = findOption(h, name.toUtf8().constData());
    if (!o) {
        qCWarning(lcSane) << m_deviceName << "has no option" << name;
        return ScanStatus::InvalidSettings;
    }
    if (!o.settable()) {
        qCWarning(lcSane) << "option" << name << "is not settable now";
        return ScanStatus::InvalidSettings;
    }
    SANE_Status s = SANE_STATUS_INVAL;
    switch (o.d->type) {
    case SANE_TYPE_BOOL: {
        // From a command line the value is text: QVariant would take "no" for true.
        bool on = value.toBool();
        if (value.typeId() == QMetaType::QString) {
            const QString t = value.toString().trimmed().toLower();
            on = t == u"yes" || t == u"true" || t == u"on" || t == u"1";
        }
        s = setWord(h, o, on ? SANE_TRUE : SANE_FALSE);
        break;
    }
    case SANE_TYPE_INT:
    case SANE_TYPE_FIXED:
        s = setWord(h, o, toWord(o, value.toDouble()));
        break;
    case SANE_TYPE_STRING:
        s = setString(h, o, value.toString());
        break;
    case SANE_TYPE_BUTTON: {
        SANE_Int info = 0;
        s = sane_control_option(h, o.index, SANE_ACTION_SET_VALUE, nullptr, &info);
        break;
    }
    default:
        break;
    }
    if (s != SANE_STATUS_GOOD)
        qCWarning(lcSane) << "option" << name << "=" << value << ":" << sane_strstatus(s);
    return fromSane(s);
}

ScanStatus SaneSession::apply(const ScanSettings& settings, bool preview)
{
    if (!m_handle)
        return ScanStatus::DeviceNotFound;
    SANE_Handle h = handleOf(m_handle);
    const auto failed = [&](const char* what, SANE_Status s) {
        qCWarning(lcSane) << m_deviceName << what << ":" << sane_strstatus(s);
        return fromSane(s);
    };

    // The source first: a feeder may have its own modes, resolutions and area.
    m_feeder = false;
    if (const Option o = findOption(h, SANE_NAME_SCAN_SOURCE); o.settable()) {
        QString value;
        for (const QString& s : stringList(o)) {
            if (DeviceVocabulary::sourceKind(s) == settings.source) {
                value = s;
                break;
            }
        }
        if (value.isEmpty())
            return ScanStatus::SourceUnavailable;
        if (const SANE_Status s = setString(h, o, value); s != SANE_STATUS_GOOD)
            return failed("source", s);
        m_feeder = settings.source != ScanSource::Flatbed;
    } else if (settings.source != ScanSource::Flatbed) {
        // No source option: only a sheet-fed device has a feeder. Scanning "until the feeder is
        // empty" on a flatbed would scan the same page for ever.
        return ScanStatus::SourceUnavailable;
    }

    int depth = 8;
    bool greyAsLineart = false;
    if (const Option o = findOption(h, SANE_NAME_SCAN_MODE); o.settable()) {
        const QStringList modes = stringList(o);
        QString value;
        switch (settings.mode) {
        case ScanMode::Color:
            value = DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Color);
            break;
        case ScanMode::Gray:
            value = DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Gray);
            break;
        case ScanMode::Lineart:
            value = DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Lineart);
            depth = 1;
            if (value.isEmpty()) {
                // Grey at 1 bit where the device offers it (the test backend), else a
                // dithered halftone.
                const Option d = findOption(h, SANE_NAME_BIT_DEPTH);
                value = DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Gray);
                greyAsLineart = !value.isEmpty() && d.numeric() && allows(d, 1);
                if (!greyAsLineart)
                    value =
                        DeviceVocabulary::firstMode(modes, DeviceVocabulary::ModeKind::Halftone);
            }
            break;
        }
        if (value.isEmpty())
            return ScanStatus::ModeUnavailable;
        if (const SANE_Status s = setString(h, o, value); s != SANE_STATUS_GOOD)
            return failed("mode", s);
    }
    // Some backends keep the depth of the last job (the test backend's line-art is grey at
    // depth 1): set it every time.
    bool depthSet = false;
    if (const Option o = findOption(h, SANE_NAME_BIT_DEPTH);
        o.settable() && o.numeric() && allows(o, depth)) {
        if (const SANE_Status s = setWord(h, o, toWord(o, depth)); s != SANE_STATUS_GOOD)
            return failed("depth", s);
        depthSet = true;
    }
    if (greyAsLineart && !depthSet)
        return ScanStatus::ModeUnavailable;

    const double dpi = preview ? kPreviewResolution : settings.resolution;
    const auto setResolution = [&](const char* name) -> std::optional<SANE_Status> {
        const Option o = findOption(h, name);
        if (!o.settable() || !o.numeric())
            return std::nullopt;
        return setWord(h, o, toWord(o, nearestAllowed(o, dpi)));
    };
    if (const auto s = setResolution(SANE_NAME_SCAN_RESOLUTION); s && *s != SANE_STATUS_GOOD)
        return failed("resolution", *s);
    for (const char* name : {SANE_NAME_SCAN_X_RESOLUTION, SANE_NAME_SCAN_Y_RESOLUTION}) {
        if (const auto s = setResolution(name); s && *s != SANE_STATUS_GOOD)
            return failed(name, *s);
    }

    if (const Option o = findOption(h, SANE_NAME_PREVIEW);
        o.settable() && o.d->type == SANE_TYPE_BOOL)
        (void)setWord(h, o, preview ? SANE_TRUE : SANE_FALSE);

    // The area: from the device's top-left corner, the paper's size (or everything).
    const Option brX = findOption(h, SANE_NAME_SCAN_BR_X);
    if (brX.settable() && brX.d->unit == SANE_UNIT_MM) {
        const struct {
            const char* tl;
            const char* br;
            double size;
        } axes[] = {{SANE_NAME_SCAN_TL_X, SANE_NAME_SCAN_BR_X, settings.pageSizeMm.width()},
                    {SANE_NAME_SCAN_TL_Y, SANE_NAME_SCAN_BR_Y, settings.pageSizeMm.height()}};
        for (const auto& axis : axes) {
            double origin = 0;
            if (const Option tl = findOption(h, axis.tl); tl.settable() && tl.numeric()) {
                origin = nearestAllowed(tl, 0);
                if (const SANE_Status s = setWord(h, tl, toWord(tl, origin)); s != SANE_STATUS_GOOD)
                    return failed(axis.tl, s);
            }
            if (const Option br = findOption(h, axis.br); br.settable() && br.numeric()) {
                const double far = settings.pageSizeMm.isEmpty() ? 1e9 : origin + axis.size;
                if (const SANE_Status s = setWord(h, br, toWord(br, nearestAllowed(br, far)));
                    s != SANE_STATUS_GOOD)
                    return failed(axis.br, s);
            }
        }
    }

    for (const auto& [name, value] : settings.deviceOptions) {
        if (const ScanStatus s = setOption(name, value); s != ScanStatus::Ok)
            return s;
    }

    // The resolution actually set (a device may round it): the pages' physical size uses it.
    Option rx = findOption(h, SANE_NAME_SCAN_X_RESOLUTION);
    Option ry = findOption(h, SANE_NAME_SCAN_Y_RESOLUTION);
    const Option r = findOption(h, SANE_NAME_SCAN_RESOLUTION);
    m_xDpi = getNumber(h, rx).value_or(getNumber(h, r).value_or(dpi));
    m_yDpi = getNumber(h, ry).value_or(getNumber(h, r).value_or(m_xDpi));
    return ScanStatus::Ok;
}

ScanStatus SaneSession::scanPage(QImage* page, const Progress& progress)
{
    if (!m_handle)
        return ScanStatus::DeviceNotFound;
    SANE_Handle h = handleOf(m_handle);
    QList<RawFrame> frames;
    for (;;) {
        if (m_cancelRequested.load())
            return ScanStatus::Cancelled;
        SANE_Status s = sane_start(h);
        for (int retry = 0; int(s) == kStatusWarmingUp && retry < kWarmUpRetries; ++retry) {
            if (m_cancelRequested.load())
                return ScanStatus::Cancelled;
            // The device's own pace, not a synchronisation: a lamp takes seconds.
            std::this_thread::sleep_for(kWarmUpPause);
            s = sane_start(h);
        }
        if (s != SANE_STATUS_GOOD)
            return m_cancelRequested.load() ? ScanStatus::Cancelled : fromSane(s);
        {
            // From here on requestCancel() may call sane_cancel() to interrupt sane_read();
            // never during sane_start (concurrent calls on one handle are not allowed).
            const std::lock_guard lock(m_cancelMutex);
            if (m_cancelRequested.load())
                return ScanStatus::Cancelled;
            m_reading = true;
        }
        RawFrame frame;
        bool last = true;
        ScanStatus status = readFrame(h, m_cancelRequested, progress, &frame, &last);
        {
            const std::lock_guard lock(m_cancelMutex);
            m_reading = false;
        }
        if (status != ScanStatus::Ok)
            return status;
        frames.append(std::move(frame));
        if (last)
            break;
        if (frames.size() >= 3) // a fourth frame is no picture we know
            return ScanStatus::UnsupportedFormat;
    }

    QImage image;
    if (const ScanStatus s = FrameAssembler::toImage(frames, &image); s != ScanStatus::Ok)
        return s;
    image.setDotsPerMeterX(int(std::lround(m_xDpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(m_yDpi / 0.0254)));
    *page = std::move(image);
    return ScanStatus::Ok;
}

void SaneSession::endBatch()
{
    if (m_handle)
        sane_cancel(handleOf(m_handle));
}

void SaneSession::requestCancel()
{
    m_cancelRequested.store(true);
    const std::lock_guard lock(m_cancelMutex);
    if (m_handle && m_reading)
        sane_cancel(handleOf(m_handle));
}

} // namespace motcua::client
