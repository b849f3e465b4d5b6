"""The assembly printer's output is what GNU as and objdump agree it is."""
from __future__ import annotations

import re
import subprocess

import pytest

from robur.codegen.x86_64.asm import (
    R8, R14, R15, RAX, RBX, RDI, RSP, Comment, Def, Dir, Imm, Ins, Label, Mem, Reg, Sym, Xmm, quote, to_gas,
)
from tests.conftest import require

CASES = [
    (Ins("movq", (Imm(5), RAX)), "mov    $0x5,%rax"),
    (Ins("addq", (RBX, RAX)), "add    %rbx,%rax"),
    (Ins("movq", (Mem(RSP, 8), RDI)), "mov    0x8(%rsp),%rdi"),
    (Ins("movq", (RAX, Mem(R14, -16, R8, 8))), "mov    %rax,-0x10(%r14,%r8,8)"),
    (Ins("subq", (Imm(24), R15)), "sub    $0x18,%r15"),
    (Ins("cmpq", (Mem(R14, 8), R15)), "cmp    0x8(%r14),%r15"),
    (Ins("leaq", (Mem(R15, 8), RAX)), "lea    0x8(%r15),%rax"),
    (Ins("movl", (Imm(1), Reg("rax", 32))), "mov    $0x1,%eax"),
    (Ins("sete", (Reg("rax", 8),)), "sete   %al"),
    (Ins("movzbq", (Reg("rax", 8), RAX)), "movzbq %al,%rax"),
    (Ins("sarq", (Imm(1), RAX)), "sar    %rax"),
    (Ins("cqto"), "cqto"),
    (Ins("idivq", (RBX,)), "idiv   %rbx"),
    (Ins("addsd", (Xmm(1), Xmm(0))), "addsd  %xmm1,%xmm0"),
    (Ins("cvtsi2sdq", (RAX, Xmm(2))), "cvtsi2sd %rax,%xmm2"),
    (Ins("movsd", (Mem(RAX, 0), Xmm(3))), "movsd  (%rax),%xmm3"),
    (Ins("call", (RAX,), indirect=True), "call   *%rax"),
    (Ins("jmp", (Mem(RBX, 0),), indirect=True), "jmp    *(%rbx)"),
    (Ins("ret"), "ret"),
]


def disassemble(source: str, tmp_path) -> list[str]:
    require("as")
    require("objdump")
    src = tmp_path / "t.s"
    obj = tmp_path / "t.o"
    src.write_text(source)
    subprocess.run(["as", "-o", str(obj), str(src)], check=True, capture_output=True)
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(obj)], check=True,
                         capture_output=True, text=True).stdout
    lines = []
    for line in out.splitlines():
        m = re.match(r"\s+[0-9a-f]+:\s+(.*)$", line)
        if m:
            lines.append(re.sub(r"\s+#.*$", "", m.group(1)).strip())
    return lines


def test_instructions_assemble_as_printed(tmp_path):
    lines = [Dir("text"), Def("f")] + [ins for ins, _ in CASES]
    got = disassemble(to_gas(lines), tmp_path)
    assert got == [expected for _, expected in CASES]


def test_labels_symbols_and_data(tmp_path):
    lines = [
        Dir("text"), Dir("globl", ("entry",)), Def("entry"), Comment("a call and a jump"),
        Ins("call", (Label("helper"),)), Ins("jmp", (Label(".L1"),)), Def(".L1"),
        Ins("leaq", (Sym("table", rip=True), RAX)), Ins("movq", (Sym("table", 8), RBX)),
        Ins("ret"), Def("helper"), Ins("ret"),
        Dir("data"), Dir("p2align", (3,)), Def("table"), Dir("quad", (1, 2, 3)),
        Def("msg"), Dir("ascii", (quote(b'say "hi"\n\x00'),)),
    ]
    text = to_gas(lines)
    got = disassemble(text, tmp_path)
    assert got[0].startswith("call") and got[1].startswith("jmp")
    assert got[2].startswith("lea    0x0(%rip),%rax")
    assert got[3] == "mov    $0x0,%rbx"      # relocated by the linker
    require("objcopy")
    data = tmp_path / "data.bin"
    subprocess.run(["objcopy", "-O", "binary", "-j", ".data", str(tmp_path / "t.o"), str(data)], check=True)
    expected = b"".join(n.to_bytes(8, "little") for n in (1, 2, 3)) + b'say "hi"\n\x00'
    assert data.read_bytes() == expected


def test_bad_operands_are_refused():
    with pytest.raises(ValueError):
        Reg("eax")
    with pytest.raises(ValueError):
        Mem(RAX, 0, RBX, 3)
