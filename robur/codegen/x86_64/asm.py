"""An x86-64 assembly AST and its GNU assembler (AT&T syntax) printer.

The startup code and the parts of a unit around its functions are lists
of ``Line`` values (instructions, labels, directives); ``to_gas`` prints
them for GNU as.  Keeping assembly as data (like OCaml's x86_ast.mli) lets
that code be tested without text munging.  Functions' code, the bulk of
the output, is printed by emit.py directly (the same syntax), for speed.

Operands are registers, immediates, memory references and symbols.  Operand
order in ``Ins`` is AT&T's (source first, destination last), as printed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

REGS64 = ("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp",
          "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15")
_REGS32 = {"rax": "eax", "rbx": "ebx", "rcx": "ecx", "rdx": "edx", "rsi": "esi", "rdi": "edi",
           "rbp": "ebp", "rsp": "esp", **{f"r{i}": f"r{i}d" for i in range(8, 16)}}
_REGS8 = {"rax": "al", "rbx": "bl", "rcx": "cl", "rdx": "dl", "rsi": "sil", "rdi": "dil",
          "rbp": "bpl", "rsp": "spl", **{f"r{i}": f"r{i}b" for i in range(8, 16)}}
XMMS = tuple(f"xmm{i}" for i in range(16))


@dataclass(frozen=True, slots=True)
class Reg:
    """A general register; ``width`` in bits selects the name printed."""
    name: str
    width: int = 64

    def __post_init__(self) -> None:
        if self.name not in REGS64:
            raise ValueError(f"not a 64-bit register name: {self.name}")
        if self.width not in (8, 32, 64):
            raise ValueError(f"unsupported register width {self.width}")

    def gas(self) -> str:
        if self.width == 64:
            return "%" + self.name
        return "%" + (_REGS32 if self.width == 32 else _REGS8)[self.name]


@dataclass(frozen=True, slots=True)
class Xmm:
    index: int

    def gas(self) -> str:
        return f"%xmm{self.index}"


@dataclass(frozen=True, slots=True)
class Imm:
    value: int

    def gas(self) -> str:
        return f"${self.value}"


@dataclass(frozen=True, slots=True)
class Sym:
    """A symbol (optionally + offset), as an immediate address ($sym) or,
    with ``rip=True``, a RIP-relative memory operand (sym(%rip))."""
    name: str
    offset: int = 0
    rip: bool = False
    plt: bool = False

    def text(self) -> str:
        off = f"+{self.offset}" if self.offset > 0 else (str(self.offset) if self.offset < 0 else "")
        return self.name + off + ("@PLT" if self.plt else "")

    def gas(self) -> str:
        return f"{self.text()}(%rip)" if self.rip else "$" + self.text()


@dataclass(frozen=True, slots=True)
class Mem:
    """``disp(base, index, scale)``; ``sym`` adds a symbolic displacement."""
    base: Reg | None = None
    disp: int = 0
    index: Reg | None = None
    scale: int = 1
    sym: str | None = None

    def __post_init__(self) -> None:
        if self.scale not in (1, 2, 4, 8):
            raise ValueError(f"bad scale {self.scale}")

    def gas(self) -> str:
        disp = self.sym or ""
        if self.disp:
            disp = f"{disp}+{self.disp}" if disp and self.disp > 0 else f"{disp}{self.disp}"
        if self.base is None and self.index is None:
            return disp or "0"
        inner = self.base.gas() if self.base is not None else ""
        if self.index is not None:
            inner += f",{self.index.gas()},{self.scale}"
        return f"{disp}({inner})"


@dataclass(frozen=True, slots=True)
class Label:
    """A code label used as a jump/call target."""
    name: str

    def gas(self) -> str:
        return self.name


Operand = Union[Reg, Xmm, Imm, Sym, Mem, Label]


@dataclass(frozen=True, slots=True)
class Ins:
    """An instruction: mnemonic with its AT&T size suffix (``movq``, ``addl``,
    ``cvtsi2sdq``...) and operands in AT&T order."""
    op: str
    args: tuple = ()
    indirect: bool = False      # call/jmp through a register or memory: `*%rax`

    def gas(self) -> str:
        if not self.args:
            return f"\t{self.op}"
        texts = [a.gas() for a in self.args]
        if self.indirect:
            texts[0] = "*" + texts[0]
        return f"\t{self.op}\t" + ", ".join(texts)


@dataclass(frozen=True, slots=True)
class Def:
    """A label definition."""
    name: str

    def gas(self) -> str:
        return f"{self.name}:"


@dataclass(frozen=True, slots=True)
class Dir:
    """A directive, printed as ``.name args``."""
    name: str
    args: tuple = ()

    def gas(self) -> str:
        args = self.args
        if len(args) == 1:
            return f"\t.{self.name}\t{args[0]}"
        if not args:
            return "\t." + self.name
        return f"\t.{self.name}\t" + ", ".join(map(str, args))


@dataclass(frozen=True, slots=True)
class Comment:
    text: str

    def gas(self) -> str:
        return "\t# " + self.text.replace("\n", " ")


Line = Union[Ins, Def, Dir, Comment]


def quote(s: bytes) -> str:
    """A GNU as string literal for .ascii/.string."""
    out = []
    for b in s:
        c = chr(b)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\{b:03o}")
    return '"' + "".join(out) + '"'


@dataclass
class Program:
    """An assembly file under construction."""
    lines: list[Line] = field(default_factory=list)

    def emit(self, *lines: Line) -> None:
        self.lines.extend(lines)

    def ins(self, op: str, *args: Operand, indirect: bool = False) -> None:
        self.lines.append(Ins(op, tuple(args), indirect))

    def to_gas(self) -> str:
        return "\n".join(l.gas() for l in self.lines) + "\n"


def to_gas(lines: list) -> str:
    """Lines (a ``str`` is a line already written) as GNU as text."""
    return "\n".join([l if l.__class__ is str else l.gas() for l in lines]) + "\n"


# Short names for the emitter.
RAX, RBX, RCX, RDX, RSI, RDI, RBP, RSP = (Reg(n) for n in REGS64[:8])
R8, R9, R10, R11, R12, R13, R14, R15 = (Reg(n) for n in REGS64[8:])
