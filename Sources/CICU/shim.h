// Only ICUBridge's C code includes ICU; Swift never imports this module
// (Foundation's own ICU copy defines the same C types; see DESIGN.md).
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uregex.h>
