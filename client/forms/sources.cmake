# Printed forms of the reception counter: templates (resources/forms, embedded under :/forms and
# overridable from a folder), the placeholder context, the layout/painting, and FormDataFactory,
# which fills a form's agency, place and staff from the local store (shared by the window and
# `motcua print`, so both print the same thing).
target_sources(motcua_client_forms PRIVATE
  forms/FormKind.h forms/FormKind.cpp
  forms/FormData.h
  forms/FormSettings.h forms/FormSettings.cpp
  forms/FormTemplate.h forms/FormTemplate.cpp
  forms/FormContext.h forms/FormContext.cpp
  forms/BarcodeTextObject.h forms/BarcodeTextObject.cpp
  forms/FormDocument.h forms/FormDocument.cpp
  forms/FormRenderer.h forms/FormRenderer.cpp
  forms/FormDataFactory.h forms/FormDataFactory.cpp)

set(motcua_form_templates
  header.html receipt.html supplement.html refusal.html control-slip.html
  register.html separator.html apology.html style.css)
list(TRANSFORM motcua_form_templates PREPEND ${PROJECT_SOURCE_DIR}/resources/forms/
     OUTPUT_VARIABLE motcua_form_template_paths)
qt_add_resources(motcua_client_forms motcua_form_templates
  PREFIX /forms
  BASE ${PROJECT_SOURCE_DIR}/resources/forms
  FILES ${motcua_form_template_paths})
