target_sources(motcua_client_core PRIVATE
  core/store/AttachmentInfo.h
  core/store/CounterOutcome.h
  core/store/CredentialHasher.h core/store/CredentialHasher.cpp
  core/store/DossierSummary.h
  core/store/LocalStore.h core/store/LocalStore.cpp
  core/store/LocalStoreDossiers.cpp core/store/LocalStoreOutbox.cpp
  core/store/LocalStoreQueues.cpp core/store/LocalStoreAttachments.cpp
  core/store/LocalStoreForms.cpp
  core/store/OutboxItem.h
  core/store/StoreImpl.h
  core/store/StoreSchema.h core/store/StoreSchema.cpp
  core/store/StoreWriteReply.h
  core/store/StoreWriter.h core/store/StoreWriter.cpp)
# Offline login hashes passwords with Argon2id, like the server (libargon2).
target_link_libraries(motcua_client_core PRIVATE argon2)
