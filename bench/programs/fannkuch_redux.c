/* fannkuch-redux.  Argument: n. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 7;
    int *perm1 = malloc(n * sizeof(int)), *perm = malloc(n * sizeof(int)), *count = malloc(n * sizeof(int));
    for (int i = 0; i < n; i++) perm1[i] = i;
    long max_flips = 0, checksum = 0, perm_count = 0;
    int r = n;
    for (;;) {
        while (r != 1) { count[r - 1] = r; r--; }
        memcpy(perm, perm1, n * sizeof(int));
        long flips = 0;
        int k = perm[0];
        while (k != 0) {
            for (int i = 0, j = k; i < j; i++, j--) { int t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips) max_flips = flips;
        checksum += (perm_count & 1) == 0 ? flips : -flips;
        for (;;) {
            if (r == n) goto done;
            int p0 = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = p0;
            if (--count[r] > 0) break;
            r++;
        }
        perm_count++;
    }
done:
    printf("%ld\nPfannkuchen(%d) = %ld\n", checksum, n, max_flips);
    return 0;
}
