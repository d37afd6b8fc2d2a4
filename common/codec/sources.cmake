target_sources(motcua_common PRIVATE
  codec/JsonPrimitives.h codec/JsonPrimitives.cpp codec/JsonVisitors.h codec/Fields.h
  codec/JsonCodec.h codec/JsonCodec.cpp codec/JsonSchema.h codec/JsonSchema.cpp
  codec/PublicView.h codec/PublicView.cpp codec/UnknownFields.h)
