#include "ICUBridge.h"

#include <unicode/ubrk.h>
#include <unicode/utypes.h>

struct CGBreakIterator;

static CGBreakIterator *open_iterator(UBreakIteratorType type, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = (int32_t)error;
    return U_FAILURE(error) ? NULL : (CGBreakIterator *)iterator;
}

CGBreakIterator *cg_word_iterator_open(const char *locale, int32_t *status) {
    return open_iterator(UBRK_WORD, locale, status);
}

CGBreakIterator *cg_sentence_iterator_open(const char *locale, int32_t *status) {
    return open_iterator(UBRK_SENTENCE, locale, status);
}

CGBreakIterator *cg_iterator_clone(const CGBreakIterator *iterator, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *clone = ubrk_clone((const UBreakIterator *)iterator, &error);
    *status = (int32_t)error;
    return U_FAILURE(error) ? NULL : (CGBreakIterator *)clone;
}

void cg_iterator_close(CGBreakIterator *iterator) {
    ubrk_close((UBreakIterator *)iterator);
}

void cg_iterator_set_text(CGBreakIterator *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &error);
    *status = (int32_t)error;
}

int32_t cg_iterator_next_boundaries(CGBreakIterator *iterator, int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UBreakIterator *it = (UBreakIterator *)iterator;
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(it);
        if (boundary == UBRK_DONE) break;
        boundaries[count] = boundary;
        if (statuses) statuses[count] = ubrk_getRuleStatus(it);
        count++;
    }
    return count;
}

const char *cg_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
