#pragma once

#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenService.h"
#include "context/CalendarProvider.h"
#include "notify/NotificationOutbox.h"
#include "storage/CatalogueRepository.h"
#include "storage/CounterOutcomeRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/FormFileRepository.h"
#include "storage/IdempotencyRepository.h"
#include "storage/Journal.h"
#include "storage/RefreshTokenRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <chrono>
#include <memory>

namespace motcua::server {

// Everything a controller may need, built once by ServerApp and shared by all request threads
// (every member is safe to use concurrently).
struct ServerContext {
    explicit ServerContext(const Database::Options& db, SecretKey key,
                           PasswordHasher::Params hashing, TokenService::Settings tokens)
        : database(db)
        , catalogue(database)
        , users(database)
        , settings(database)
        , dossiers(database)
        , idempotency(database)
        , refreshTokens(database)
        , journal(database)
        , notifications(database)
        , counterOutcomes(database)
        , forms(database)
        , calendars(settings)
        , hasher(hashing)
        , tokenService(std::move(key), std::move(tokens))
    {}

    Database database;
    CatalogueRepository catalogue;
    UserRepository users;
    SettingsRepository settings;
    DossierRepository dossiers;
    IdempotencyRepository idempotency;
    RefreshTokenRepository refreshTokens;
    Journal journal;
    NotificationOutbox notifications; // configured by ServerApp before the server listens
    CounterOutcomeRepository counterOutcomes;
    FormFileRepository forms;
    CalendarProvider calendars;
    PasswordHasher hasher;
    TokenService tokenService;
    LoginThrottle loginThrottle;
    std::chrono::seconds refreshLifetime{7 * 24 * 3600};
};

} // namespace motcua::server
