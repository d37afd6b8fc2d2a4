target_sources(motcua_common PRIVATE
  code/AgencyId.h code/AgencyId.cpp
  code/DossierCode.h code/DossierCode.cpp
  code/CodeBlock.h code/CodeBlock.cpp
  code/SequenceAllocator.h code/SequenceAllocator.cpp
  code/CodeBlockReserver.h
  code/InMemorySequenceAllocator.h code/InMemorySequenceAllocator.cpp
  code/ReservedBlockPool.h code/ReservedBlockPool.cpp)
