"""spectral-norm: power method.  Argument: matrix order."""
import math
import sys


def mul_av(n, v, av):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1) * v[j]
        av[i] = s


def mul_atv(n, v, atv):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += 1.0 / ((i + j) * (i + j + 1) // 2 + j + 1) * v[j]
        atv[i] = s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_av(n, u, tmp)
        mul_atv(n, tmp, v)
        mul_av(n, v, tmp)
        mul_atv(n, tmp, u)
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main()
