/* fasta: prints per section header, first line, line count and checksum.
   Argument: n. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *alu =
    "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
    "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
    "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
    "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
    "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
    "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
    "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

typedef struct { char c; double p; } freq;

static const freq iub[] = {
    {'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02}, {'D', 0.02}, {'H', 0.02},
    {'K', 0.02}, {'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02}, {'W', 0.02},
    {'Y', 0.02}};
static const freq homo_sapiens[] = {
    {'a', 0.3029549426680}, {'c', 0.1979883004921}, {'g', 0.1975473066391}, {'t', 0.3015094502008}};

#define WIDTH 60
static char line[WIDTH];
static long lines, hash;
static char first[WIDTH + 1];

static void emit(int len) {
    long h = hash;
    for (int i = 0; i < len; i++) h = (h * 31 + (unsigned char)line[i]) & 0x3FFFFFFF;
    hash = (h * 31 + 10) & 0x3FFFFFFF;
    if (lines == 0) { memcpy(first, line, len); first[len] = 0; }
    lines++;
}

static void start_section(void) { lines = 0; hash = 0; first[0] = 0; }

static void end_section(const char *header) {
    printf(">%s\n%s\nlines %ld checksum %ld\n", header, first, lines, hash);
}

static void repeat_fasta(const char *header, const char *s, long n) {
    start_section();
    long len = strlen(s), pos = 0;
    for (long left = n; left > 0;) {
        int m = left < WIDTH ? left : WIDTH;
        for (int i = 0; i < m; i++) {
            line[i] = s[pos++];
            if (pos == len) pos = 0;
        }
        emit(m);
        left -= m;
    }
    end_section(header);
}

#define IM 139968
#define IA 3877
#define IC 29573
static long last = 42;

static double random_num(double mx) {
    last = (last * IA + IC) % IM;
    return mx * (double)last / (double)IM;
}

static void random_fasta(const char *header, const freq *table, int k, long n) {
    start_section();
    double cumul[16], acc = 0.0;
    for (int i = 0; i < k; i++) { acc += table[i].p; cumul[i] = acc; }
    for (long left = n; left > 0;) {
        int m = left < WIDTH ? left : WIDTH;
        for (int i = 0; i < m; i++) {
            double r = random_num(1.0);
            int j = 0;
            while (j < k - 1 && r >= cumul[j]) j++;
            line[i] = table[j].c;
        }
        emit(m);
        left -= m;
    }
    end_section(header);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000;
    repeat_fasta("ONE Homo sapiens alu", alu, 2 * n);
    random_fasta("TWO IUB ambiguity codes", iub, sizeof iub / sizeof iub[0], 3 * n);
    random_fasta("THREE Homo sapiens frequency", homo_sapiens,
                 sizeof homo_sapiens / sizeof homo_sapiens[0], 5 * n);
    return 0;
}
