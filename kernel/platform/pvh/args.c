/* args.c: the command-line splitter and the platform options (shared by both
 * platforms).  Splitting is done in place in a buffer the platform owns, so
 * argv and option values point into it and need no allocator.
 *
 * Quoting (documented in docs/runtime.md "Boot"): words are separated by
 * blanks (space, tab, newline); a double-quoted run keeps its blanks ("a b"
 * is one word, "" an empty one); a backslash takes the next character
 * literally, inside or outside quotes (\" \\ \ ).  Leading words "robur.K=V"
 * are platform options, not program arguments. */
#include <robur/params.h>
#include "shared.h"

static struct {
    const char *key, *value;
} options[RB_OPTIONS_MAX];
static int noptions;

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int str_eq(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

void rb_add_option(char *word)
{
    char *eq = word;
    while (*eq && *eq != '=') eq++;
    const char *value = "";
    if (*eq) {
        *eq = 0;
        value = eq + 1;
    }
    for (int i = 0; i < noptions; i++)      /* a later word overrides */
        if (str_eq(options[i].key, word)) {
            options[i].value = value;
            return;
        }
    if (noptions < RB_OPTIONS_MAX) {
        options[noptions].key = word;
        options[noptions].value = value;
        noptions++;
    }
}

const char *platform_option(const char *key)
{
    for (int i = 0; i < noptions; i++)
        if (str_eq(options[i].key, key)) return options[i].value;
    return NULL;
}

int rb_split_args(char *s, char **words, int max, int options_first)
{
    char *r = s, *w = s;
    int n = 0;
    for (;;) {
        while (is_blank(*r)) r++;
        if (!*r) break;
        char *word = w;
        int quoted = 0;
        while (*r && (quoted || !is_blank(*r))) {
            if (*r == '\\' && r[1]) {
                *w++ = r[1];
                r += 2;
            } else if (*r == '"') {
                quoted = !quoted;
                r++;
            } else {
                *w++ = *r++;
            }
        }
        /* w <= r here, so the terminator never overwrites unread input. */
        int at_end = !*r;
        *w++ = 0;
        if (!at_end) r++;
        if (options_first && word[0] == 'r' && word[1] == 'o' && word[2] == 'b' &&
            word[3] == 'u' && word[4] == 'r' && word[5] == '.') {
            rb_add_option(word + 6);
        } else {
            options_first = 0;
            if (n < max) words[n++] = word;
        }
        if (at_end) break;
    }
    return n;
}
