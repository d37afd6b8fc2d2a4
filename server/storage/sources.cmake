target_sources(motcua_server PRIVATE
  storage/Database.h storage/Database.cpp
  storage/Migrations.h storage/Migrations.cpp
  storage/Documents.h
  storage/Journal.h storage/Journal.cpp
  storage/ChangeSignal.h storage/ChangeSignal.cpp
  storage/PgChangeListener.h storage/PgChangeListener.cpp
  storage/CatalogueRepository.h storage/CatalogueRepository.cpp
  storage/UserRepository.h storage/UserRepository.cpp
  storage/SettingsRepository.h storage/SettingsRepository.cpp
  storage/DossierRepository.h storage/DossierRepository.cpp
  storage/SqliteKeyLookup.h storage/SqliteKeyLookup.cpp
  storage/DatabaseSequenceAllocator.h storage/DatabaseSequenceAllocator.cpp
  storage/IdempotencyRepository.h storage/IdempotencyRepository.cpp
  storage/CounterOutcomeRepository.h storage/CounterOutcomeRepository.cpp
  storage/RefreshTokenRepository.h storage/RefreshTokenRepository.cpp
  storage/AttachmentStore.h storage/AttachmentStore.cpp
  storage/FormFileRepository.h storage/FormFileRepository.cpp)
