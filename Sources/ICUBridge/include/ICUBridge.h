#ifndef CLAIMGRAPH_ICUBRIDGE_H
#define CLAIMGRAPH_ICUBRIDGE_H

// The only interface between Swift and ICU. It uses <stdint.h> types and
// opaque pointers alone: Swift must never see ICU's own headers, because
// Foundation on Linux carries a second ICU whose C types clash with them.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator (word or sentence), opaque to Swift.
typedef struct CGBreakIterator CGBreakIterator;

/// Rule status ranges of ICU word boundaries (UWordBreak).
enum {
    CGWordStatusNoneLimit = 100,
    CGWordStatusNumberLimit = 200,
    CGWordStatusLetterLimit = 300,
    CGWordStatusKanaLimit = 400,
    CGWordStatusIdeoLimit = 500
};

/// Opens a word break iterator for `locale`; NULL on failure, with the ICU
/// error code in `*status`.
CGBreakIterator *cg_word_iterator_open(const char *locale, int32_t *status);

/// Opens a sentence break iterator for `locale` ("en@ss=standard" adds the
/// CLDR abbreviation suppressions).
CGBreakIterator *cg_sentence_iterator_open(const char *locale, int32_t *status);

/// Clones an iterator; thread-safe on the source, so each worker can clone
/// its own from a shared prototype.
CGBreakIterator *cg_iterator_clone(const CGBreakIterator *iterator, int32_t *status);

/// Closes an iterator.
void cg_iterator_close(CGBreakIterator *iterator);

/// Points the iterator at `text` (not copied: it must outlive the iteration).
void cg_iterator_set_text(CGBreakIterator *iterator, const uint16_t *text, int32_t length, int32_t *status);

/// Fills `boundaries` (and `statuses`, when not NULL) with up to `capacity`
/// following boundaries and returns how many were written; 0 at the end.
int32_t cg_iterator_next_boundaries(CGBreakIterator *iterator, int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// The ICU error name for a status code, for error messages.
const char *cg_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
