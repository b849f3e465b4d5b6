"""robur.vm: the running unikernel seen from the host (QEMU process, later the
control channel and the Machine object)."""
from .qemu import (EXIT_PANIC, BootStats, QemuNotFound, RunResult, VMError, VMTimeout,
                   choose_accel, encode_cmdline, find_qemu, kvm_backend, kvm_openable,
                   kvm_usable, qemu_command, run_image, run_unix, symbolize)

__all__ = ["EXIT_PANIC", "BootStats", "QemuNotFound", "RunResult", "VMError", "VMTimeout",
           "choose_accel", "encode_cmdline", "find_qemu", "kvm_backend", "kvm_openable",
           "kvm_usable", "qemu_command", "run_image", "run_unix", "symbolize"]
