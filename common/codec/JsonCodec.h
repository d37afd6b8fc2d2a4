#pragma once

#include "codec/UnknownFields.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace motcua::codec {

// The one definition of MotCua's wire format (JSON), used by the server and the client alike.
// Supported types: Agency, Field, User, Procedure, Dossier, CalendarSettings and their parts
// (Duration, ComponentRequirement, Fee, WorkflowStep, WorkflowDefinition, Person,
// ReceivedComponent, FeeLine, Pause, StepDeadline, HistoryEntry, WorkPeriod, DayOverride).
//
// Decoding never crashes and never half-fills: it returns the value or the first Error, whose
// `path` names the field ("owner.idNumber", "components[2].originals") and whose `code` is one of
// codec.invalid_json, codec.wrong_type, codec.missing_field, codec.unknown_field,
// codec.out_of_range, codec.bad_value. With UnknownFields::Ignore (a client reading the server's
// answers) keys the description does not name are skipped instead of refused, at every depth;
// every other rule (types, required fields, enumeration values, bounds) still holds.

template <typename T> QJsonValue toJson(const T& value);

template <typename T>
Expected<T> fromJson(const QJsonValue& json, const QString& path = {},
                     UnknownFields unknown = UnknownFields::Refuse);

// Compact UTF-8 JSON text.
template <typename T> QByteArray encode(const T& value);

template <typename T>
Expected<T> decode(QByteArrayView utf8, UnknownFields unknown = UnknownFields::Refuse);

// Parses JSON text into a value; reports syntax errors with their byte offset.
Expected<QJsonValue> parseJson(QByteArrayView utf8);

} // namespace motcua::codec
