"""mandelbrot: n x n bitmap, prints pixel count and checksum.  Argument: n."""
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    inside = 0
    h = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        byte = 0
        bits = 0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = zi = 0.0
            escaped = False
            for _ in range(50):
                tr = zr * zr - zi * zi + cr
                ti = 2.0 * zr * zi + ci
                zr = tr
                zi = ti
                if zr * zr + zi * zi > 4.0:
                    escaped = True
                    break
            byte <<= 1
            if not escaped:
                byte |= 1
                inside += 1
            bits += 1
            if bits == 8 or x == n - 1:
                byte <<= 8 - bits
                h = (h * 31 + byte) & 0x3FFFFFFF
                byte = 0
                bits = 0
    print("P4 %d %d\ninside %d\nchecksum %d" % (n, n, inside, h))


main()
