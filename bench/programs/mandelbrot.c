/* mandelbrot: n x n bitmap, prints pixel count and checksum.  Argument: n. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 200;
    long inside = 0, hash = 0;
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * (double)y / (double)n - 1.0;
        int byte = 0, bits = 0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * (double)x / (double)n - 1.5;
            double zr = 0.0, zi = 0.0;
            int i = 0, escaped = 0;
            while (!escaped && i < 50) {
                double tr = zr * zr - zi * zi + cr;
                double ti = 2.0 * zr * zi + ci;
                zr = tr;
                zi = ti;
                if (zr * zr + zi * zi > 4.0) escaped = 1;
                i++;
            }
            byte <<= 1;
            if (!escaped) { byte |= 1; inside++; }
            bits++;
            if (bits == 8 || x == n - 1) {
                byte <<= 8 - bits;
                hash = (hash * 31 + byte) & 0x3FFFFFFF;
                byte = 0;
                bits = 0;
            }
        }
    }
    printf("P4 %d %d\ninside %ld\nchecksum %ld\n", n, n, inside, hash);
    return 0;
}
