"""A small interpreter over a tuple AST, tail positions evaluated in a loop
(as CPython has no tail calls).  Argument: n."""
import sys

(INT, VAR, ADD, SUB, MUL, MOD, DIV, LT, EQ, IF, LET, LETREC, FUN, APP) = range(14)


class Error(Exception):
    pass


class Clos:
    __slots__ = ("params", "body", "env")

    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env



def lookup(x, env):
    while env is not None:
        y, val, env2 = env
        if x == y:
            return val
        env = env2
    raise Error("unbound " + x)


def int_of(val):
    if type(val) is not int:
        raise Error("int expected")
    return val


def ev(env, e):
    while True:
        tag = e[0]
        if tag == INT:
            return e[1]
        if tag == VAR:
            return lookup(e[1], env)
        if tag == ADD:
            return int_of(ev(env, e[1])) + int_of(ev(env, e[2]))
        if tag == SUB:
            return int_of(ev(env, e[1])) - int_of(ev(env, e[2]))
        if tag == MUL:
            return int_of(ev(env, e[1])) * int_of(ev(env, e[2]))
        if tag == MOD:
            return int_of(ev(env, e[1])) % int_of(ev(env, e[2]))
        if tag == DIV:
            return int_of(ev(env, e[1])) // int_of(ev(env, e[2]))
        if tag == LT:
            return int_of(ev(env, e[1])) < int_of(ev(env, e[2]))
        if tag == EQ:
            return int_of(ev(env, e[1])) == int_of(ev(env, e[2]))
        if tag == IF:
            c = ev(env, e[1])
            if c is True:
                e = e[2]
            elif c is False:
                e = e[3]
            else:
                raise Error("bool expected")
            continue
        if tag == LET:
            env = (e[1], ev(env, e[2]), env)
            e = e[3]
            continue
        if tag == LETREC:
            clos = Clos(e[2], e[3], None)
            clos.env = (e[1], clos, env)
            env = (e[1], clos, env)
            e = e[4]
            continue
        if tag == FUN:
            return Clos(e[1], e[2], env)
        if tag == APP:
            f = ev(env, e[1])
            if not isinstance(f, Clos):
                raise Error("function expected")
            params, args = f.params, e[2]
            if len(params) != len(args):
                raise Error("arity")
            new_env = f.env
            for p, a in zip(params, args):
                new_env = (p, ev(env, a), new_env)
            env = new_env
            e = f.body
            continue
        raise Error("bad node")


def v(x):
    return (VAR, x)


def i(n):
    return (INT, n)


def fib_prog(n):
    return (LETREC, "fib", ["n"],
            (IF, (LT, v("n"), i(2)), v("n"),
             (ADD, (APP, v("fib"), [(SUB, v("n"), i(1))]), (APP, v("fib"), [(SUB, v("n"), i(2))]))),
            (APP, v("fib"), [i(n)]))


def collatz_prog(n):
    return (LETREC, "steps", ["x", "acc"],
            (IF, (EQ, v("x"), i(1)), v("acc"),
             (APP, v("steps"),
              [(IF, (EQ, (MOD, v("x"), i(2)), i(0)), (DIV, v("x"), i(2)), (ADD, (MUL, i(3), v("x")), i(1))),
               (ADD, v("acc"), i(1))])),
            (LETREC, "loop", ["k", "total"],
             (IF, (EQ, v("k"), i(0)), v("total"),
              (APP, v("loop"), [(SUB, v("k"), i(1)), (ADD, v("total"), (APP, v("steps"), [v("k"), i(0)]))])),
             (APP, v("loop"), [i(n), i(0)])))


def closure_prog(n):
    return (LET, "compose", (FUN, ["f", "g"], (FUN, ["x"], (APP, v("f"), [(APP, v("g"), [v("x")])]))),
            (LET, "inc", (FUN, ["x"], (ADD, v("x"), i(1))),
             (LET, "dbl", (FUN, ["x"], (MUL, v("x"), i(2))),
              (LETREC, "iter", ["k", "acc"],
               (IF, (EQ, v("k"), i(0)), v("acc"),
                (APP, v("iter"),
                 [(SUB, v("k"), i(1)),
                  (MOD, (APP, (APP, v("compose"), [v("inc"), v("dbl")]), [v("acc")]), i(1000003))])),
               (APP, v("iter"), [i(n), i(1)])))))


def show(val):
    if val is True:
        return "true"
    if val is False:
        return "false"
    if isinstance(val, Clos):
        return "<fun>"
    return str(val)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print("fib %d = %s" % (n, show(ev(None, fib_prog(n)))))
    m = 1 << (n - 10)
    print("collatz %d = %s" % (m, show(ev(None, collatz_prog(m)))))
    k = 1 << (n - 6)
    print("closures %d = %s" % (k, show(ev(None, closure_prog(k)))))
    try:
        ev(None, (APP, i(1), []))
    except Error as err:
        print("error: %s" % err)


main()
