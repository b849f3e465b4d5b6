/* binary-trees: malloc/free per node.  Argument: maximum depth. */
#include <stdio.h>
#include <stdlib.h>

typedef struct node { struct node *l, *r; } node;

static node *make(int d) {
    node *t = malloc(sizeof *t);
    if (d == 0) { t->l = t->r = NULL; }
    else { t->l = make(d - 1); t->r = make(d - 1); }
    return t;
}

static long check(const node *t) {
    return t->l ? 1 + check(t->l) + check(t->r) : 1;
}

static void release(node *t) {
    if (t->l) { release(t->l); release(t->r); }
    free(t);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 16;
    int min_depth = 4, max_depth = n > min_depth + 2 ? n : min_depth + 2;
    int stretch = max_depth + 1;
    node *s = make(stretch);
    printf("stretch tree of depth %d\t check: %ld\n", stretch, check(s));
    release(s);
    node *long_lived = make(max_depth);
    for (int d = min_depth; d <= max_depth; d += 2) {
        long iters = 1L << (max_depth - d + min_depth), c = 0;
        for (long i = 0; i < iters; i++) {
            node *t = make(d);
            c += check(t);
            release(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iters, d, c);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
    return 0;
}
