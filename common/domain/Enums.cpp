#include "domain/Enums.h"

#include <array>
#include <utility>

namespace motcua {
namespace {

template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char*>, N>;

constexpr Table<Role, 4> kRoles{{{Role::Administrator, "administrator"},
                                 {Role::Receptionist, "receptionist"},
                                 {Role::Specialist, "specialist"},
                                 {Role::Leader, "leader"}}};
constexpr Table<Channel, 3> kChannels{
    {{Channel::Direct, "direct"}, {Channel::Online, "online"}, {Channel::Post, "post"}}};
constexpr Table<ApplicantType, 4> kApplicantTypes{{{ApplicantType::Citizen, "citizen"},
                                                   {ApplicantType::Business, "business"},
                                                   {ApplicantType::Agency, "agency"},
                                                   {ApplicantType::Organisation, "organisation"}}};
constexpr Table<DossierStatus, 10> kStatuses{
    {{DossierStatus::Registered, "registered"},
     {DossierStatus::Accepted, "accepted"},
     {DossierStatus::NotAccepted, "notAccepted"},
     {DossierStatus::InProgress, "inProgress"},
     {DossierStatus::SupplementRequested, "supplementRequested"},
     {DossierStatus::FinancialObligation, "financialObligation"},
     {DossierStatus::Withdrawn, "withdrawn"},
     {DossierStatus::Stopped, "stopped"},
     {DossierStatus::Finished, "finished"},
     {DossierStatus::Returned, "returned"}}};
constexpr Table<DurationUnit, 3> kDurationUnits{{{DurationUnit::WorkingDays, "workingDays"},
                                                 {DurationUnit::WorkingHours, "workingHours"},
                                                 {DurationUnit::CalendarDays, "calendarDays"}}};
constexpr Table<ServiceLevel, 3> kServiceLevels{{{ServiceLevel::Basic, "basic"},
                                                 {ServiceLevel::PartialOnline, "partialOnline"},
                                                 {ServiceLevel::FullOnline, "fullOnline"}}};
constexpr Table<FeeCollection, 4> kFeeCollections{{{FeeCollection::None, "none"},
                                                   {FeeCollection::AtIntake, "atIntake"},
                                                   {FeeCollection::AtReturn, "atReturn"},
                                                   {FeeCollection::Exempt, "exempt"}}};
constexpr Table<PaymentMethod, 3> kPaymentMethods{{{PaymentMethod::None, "none"},
                                                   {PaymentMethod::Cash, "cash"},
                                                   {PaymentMethod::Transfer, "transfer"}}};
constexpr Table<StepKind, 6> kStepKinds{{{StepKind::Intake, "intake"},
                                         {StepKind::Assign, "assign"},
                                         {StepKind::Process, "process"},
                                         {StepKind::Review, "review"},
                                         {StepKind::Approve, "approve"},
                                         {StepKind::Issue, "issue"}}};
constexpr Table<PauseKind, 2> kPauseKinds{
    {{PauseKind::Supplement, "supplement"},
     {PauseKind::FinancialObligation, "financialObligation"}}};
constexpr Table<Timeliness, 3> kTimeliness{
    {{Timeliness::Early, "early"}, {Timeliness::OnTime, "onTime"}, {Timeliness::Late, "late"}}};

constexpr Table<WorkflowAction, 19> kActions{
    {{WorkflowAction::Accept, "accept"},
     {WorkflowAction::GuideToComplete, "guideToComplete"},
     {WorkflowAction::Refuse, "refuse"},
     {WorkflowAction::Forward, "forward"},
     {WorkflowAction::Reassign, "reassign"},
     {WorkflowAction::ReturnToPrevious, "returnToPrevious"},
     {WorkflowAction::Transfer, "transfer"},
     {WorkflowAction::RequestSupplement, "requestSupplement"},
     {WorkflowAction::ReceiveSupplement, "receiveSupplement"},
     {WorkflowAction::RequestFinancialObligation, "requestFinancialObligation"},
     {WorkflowAction::ResumeAfterFinancialObligation, "resumeAfterFinancialObligation"},
     {WorkflowAction::Stop, "stop"},
     {WorkflowAction::Approve, "approve"},
     {WorkflowAction::MarkResultReady, "markResultReady"},
     {WorkflowAction::ReturnResult, "returnResult"},
     {WorkflowAction::Withdraw, "withdraw"},
     {WorkflowAction::Comment, "comment"},
     {WorkflowAction::ProposeApology, "proposeApology"},
     {WorkflowAction::ApproveApology, "approveApology"}}};

template <typename E> constexpr const auto& table();
template <> constexpr const auto& table<WorkflowAction>()
{
    return kActions;
}
template <> constexpr const auto& table<Role>()
{
    return kRoles;
}
template <> constexpr const auto& table<Channel>()
{
    return kChannels;
}
template <> constexpr const auto& table<ApplicantType>()
{
    return kApplicantTypes;
}
template <> constexpr const auto& table<DossierStatus>()
{
    return kStatuses;
}
template <> constexpr const auto& table<DurationUnit>()
{
    return kDurationUnits;
}
template <> constexpr const auto& table<ServiceLevel>()
{
    return kServiceLevels;
}
template <> constexpr const auto& table<FeeCollection>()
{
    return kFeeCollections;
}
template <> constexpr const auto& table<PaymentMethod>()
{
    return kPaymentMethods;
}
template <> constexpr const auto& table<StepKind>()
{
    return kStepKinds;
}
template <> constexpr const auto& table<PauseKind>()
{
    return kPauseKinds;
}
template <> constexpr const auto& table<Timeliness>()
{
    return kTimeliness;
}

template <typename E> QString nameOf(E v)
{
    for (const auto& [value, text] : table<E>()) {
        if (value == v)
            return QString::fromLatin1(text);
    }
    return {}; // unreachable for valid enumerators
}

} // namespace

QString name(Role v)
{
    return nameOf(v);
}
QString name(Channel v)
{
    return nameOf(v);
}
QString name(ApplicantType v)
{
    return nameOf(v);
}
QString name(DossierStatus v)
{
    return nameOf(v);
}
QString name(DurationUnit v)
{
    return nameOf(v);
}
QString name(ServiceLevel v)
{
    return nameOf(v);
}
QString name(FeeCollection v)
{
    return nameOf(v);
}
QString name(PaymentMethod v)
{
    return nameOf(v);
}
QString name(StepKind v)
{
    return nameOf(v);
}
QString name(PauseKind v)
{
    return nameOf(v);
}
QString name(Timeliness v)
{
    return nameOf(v);
}
QString name(WorkflowAction v)
{
    return nameOf(v);
}

template <typename E> std::optional<E> parseEnum(const QString& wireName)
{
    for (const auto& [value, text] : table<E>()) {
        if (wireName == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template <typename E> QStringList enumNames()
{
    QStringList out;
    for (const auto& entry : table<E>())
        out << QString::fromLatin1(entry.second);
    return out;
}

#define MOTCUA_INSTANTIATE_ENUM(E)                                                                 \
    template std::optional<E> parseEnum<E>(const QString&);                                        \
    template QStringList enumNames<E>();
MOTCUA_INSTANTIATE_ENUM(Role)
MOTCUA_INSTANTIATE_ENUM(Channel)
MOTCUA_INSTANTIATE_ENUM(ApplicantType)
MOTCUA_INSTANTIATE_ENUM(DossierStatus)
MOTCUA_INSTANTIATE_ENUM(DurationUnit)
MOTCUA_INSTANTIATE_ENUM(ServiceLevel)
MOTCUA_INSTANTIATE_ENUM(FeeCollection)
MOTCUA_INSTANTIATE_ENUM(PaymentMethod)
MOTCUA_INSTANTIATE_ENUM(StepKind)
MOTCUA_INSTANTIATE_ENUM(PauseKind)
MOTCUA_INSTANTIATE_ENUM(Timeliness)
MOTCUA_INSTANTIATE_ENUM(WorkflowAction)
#undef MOTCUA_INSTANTIATE_ENUM

int nationalCode(DossierStatus s)
{
    return static_cast<int>(s);
}

std::optional<DossierStatus> statusFromNationalCode(int code)
{
    if (code < 1 || code > 10)
        return std::nullopt;
    return static_cast<DossierStatus>(code);
}

bool isTerminal(DossierStatus s)
{
    switch (s) {
    case DossierStatus::NotAccepted:
    case DossierStatus::Withdrawn:
    case DossierStatus::Stopped:
    case DossierStatus::Returned:
        return true;
    default:
        return false;
    }
}

} // namespace motcua
