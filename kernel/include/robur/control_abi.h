/* control_abi.h: the control channel's wire format, the one versioned
 * definition shared by the VM (kernel/runtime/control.c) and the host
 * (robur/vm/protocol.py).  tests/vm/test_protocol.py parses every
 * "#define RB_CTL_* <integer>" line below and checks it against the Python
 * constants, so keep each constant a plain integer on one line.  Prose
 * description: docs/protocol.md.
 *
 * A frame is a 32-byte header followed by `length` payload bytes.  Every
 * integer is little-endian.  Both checksums are CRC-32 (IEEE 802.3, the
 * polynomial of zlib's crc32: reflected 0xedb88320, init and final xor
 * 0xffffffff).
 *
 *   offset size field
 *        0    4 magic        RB_CTL_MAGIC: the bytes "rbct"
 *        4    2 version      RB_CTL_VERSION
 *        6    2 kind         RB_CTL_K_*
 *        8    4 flags        RB_CTL_F_*; unknown bits are refused
 *       12    4 seq          chosen by the sender of a request; a reply
 *                            carries the seq of the frame it answers
 *       16    4 length       payload bytes, <= RB_CTL_MAX_PAYLOAD
 *       20    4 payload_crc  CRC-32 of the payload (0 for an empty one)
 *       24    4 reserved     must be 0
 *       28    4 header_crc   CRC-32 of bytes 0..27
 *
 * The receiver scans for the magic, so after garbage it resynchronises on
 * the next frame.  Every refused frame is answered with an ERROR frame
 * (RB_CTL_K_ERROR: u32 code, u32 reserved = 0, then a short UTF-8 message)
 * and the receiver goes on reading.
 */
#ifndef ROBUR_CONTROL_ABI_H
#define ROBUR_CONTROL_ABI_H

#define RB_CTL_MAGIC 0x74636272          /* "rbct" read as a little-endian u32 */
#define RB_CTL_VERSION 1

/* ---- header layout ---- */
#define RB_CTL_HEADER_SIZE 32
#define RB_CTL_OFF_MAGIC 0
#define RB_CTL_OFF_VERSION 4
#define RB_CTL_OFF_KIND 6
#define RB_CTL_OFF_FLAGS 8
#define RB_CTL_OFF_SEQ 12
#define RB_CTL_OFF_LENGTH 16
#define RB_CTL_OFF_PAYLOAD_CRC 20
#define RB_CTL_OFF_RESERVED 24
#define RB_CTL_OFF_HEADER_CRC 28
#define RB_CTL_HEADER_CRC_SPAN 28       /* header_crc covers bytes [0, 28) */

/* ---- limits ---- */
/* The largest payload the format allows.  A VM may accept less (it says how
 * much in its HELLO reply); a larger frame with a valid header is drained and
 * refused with RB_CTL_E_TOO_LARGE. */
#define RB_CTL_MAX_PAYLOAD 16777216     /* 16 MiB */
/* A frame whose bytes stop arriving for this long is declared truncated:
 * the receiver answers RB_CTL_E_TRUNCATED and rescans the bytes it holds. */
#define RB_CTL_IDLE_TIMEOUT_MS 250
/* ERROR messages are at most this many bytes. */
#define RB_CTL_MAX_ERROR_MESSAGE 120

/* ---- flags ---- */
#define RB_CTL_F_REPLY 1                /* set on every frame the VM sends in answer */
#define RB_CTL_F_KNOWN 1                /* mask of the defined flag bits */

/* ---- kinds: host -> VM requests, VM -> host replies ---- */
#define RB_CTL_K_HELLO 1                /* payload: client name (ignored) */
#define RB_CTL_K_HELLO_REPLY 2          /* u32 version, u32 max_payload, u32 features, u32 0, name */
#define RB_CTL_K_PING 3                 /* payload: anything up to RB_CTL_MAX_PING */
#define RB_CTL_K_PONG 4                 /* the PING's payload */
#define RB_CTL_K_STATS 5                /* payload: empty */
#define RB_CTL_K_STATS_REPLY 6          /* RB_CTL_STATS_FIELDS u64s, see below */
#define RB_CTL_K_ECHO 7                 /* payload: anything */
#define RB_CTL_K_ECHO_REPLY 8           /* the same bytes */
#define RB_CTL_K_ERROR 9                /* u32 code, u32 0, message */
#define RB_CTL_K_SHUTDOWN 10            /* empty, or u32 exit code */
#define RB_CTL_K_SHUTDOWN_REPLY 11      /* empty; then the VM exits */
/* The live loop: served by the loader (kernel/runtime/loader.c) in images
 * that have one; a VM without it refuses them with RB_CTL_E_UNSUPPORTED.
 * Payloads: docs/protocol.md, "Loader" and "Evaluating phrases". */
#define RB_CTL_K_LOAD_MODULE 16         /* u32 n, unit name, ELF object */
#define RB_CTL_K_LOAD_REPLY 17          /* u32 status, u64 code bytes, u64 data bytes, text */
#define RB_CTL_K_EVAL 18                /* u32 flags, u32 max_depth, u32 max_nodes, u32 max_bytes, LOAD_MODULE payload */
#define RB_CTL_K_RESULT 19              /* u32 0, u64 code bytes, u64 data bytes, value tree */
#define RB_CTL_K_EXCEPTION 20           /* value tree, u32 n, n u64 return addresses */
#define RB_CTL_K_CONSOLE_OUTPUT 21      /* u32 fd, bytes (sent before the EVAL's reply) */
#define RB_CTL_K_INTERRUPT 22           /* empty; answered with an empty INTERRUPT */
/* robur dev (docs/protocol.md, "Running and reloading a program"): served
 * by live images only. */
#define RB_CTL_K_RUN 23                 /* a LOAD_MODULE payload; the initialiser runs at top level */
#define RB_CTL_K_RUN_REPLY 24           /* as LOAD_REPLY, sent when the initialiser returns or raises */
#define RB_CTL_K_RELOAD 25              /* u32 count, count x (u32 nkeep, nkeep u32, u32 len, LOAD_MODULE payload) */
#define RB_CTL_K_RELOAD_REPLY 26        /* u32 status, u32 failed index, u64 code bytes, u64 data bytes, text */
#define RB_CTL_K_RESTART 27             /* empty: the running program's next Robur.sleep raises Robur.Restart */
#define RB_CTL_K_RESTART_REPLY 28       /* empty */
/* #trace: VM -> host only, while an EVAL runs (docs/protocol.md, "Tracing"). */
#define RB_CTL_K_TRACE 29               /* u32 point, u32 event (RB_CTL_TRACE_*), value tree */
#define RB_CTL_K_FIRST_RESERVED 16
#define RB_CTL_K_LAST_RESERVED 31

#define RB_CTL_MAX_PING 65536
#define RB_CTL_MAX_RELOAD_UNITS 256     /* units in one RELOAD batch */

/* ---- EVAL flags ---- */
#define RB_CTL_EVAL_CAPTURE 1           /* console output as CONSOLE_OUTPUT frames */
#define RB_CTL_EVAL_KNOWN_FLAGS 1

/* ---- TRACE events ---- */
#define RB_CTL_TRACE_CALL 0             /* the argument of a call */
#define RB_CTL_TRACE_RETURN 1           /* the result it returned */
#define RB_CTL_TRACE_RAISE 2            /* the exception it raised */

/* ---- value trees (RESULT, EXCEPTION): the first byte of each node ---- */
#define RB_CTL_V_INT 0                  /* i64 */
#define RB_CTL_V_BLOCK 1                /* u8 tag, u32 size, u32 present, present nodes */
#define RB_CTL_V_STRING 2               /* u32 length, u32 present, present bytes */
#define RB_CTL_V_FLOAT 3                /* f64 */
#define RB_CTL_V_FLOATARRAY 4           /* u32 length, u32 present, present f64 */
#define RB_CTL_V_CLOSURE 5
#define RB_CTL_V_ABSTRACT 6
#define RB_CTL_V_CUT 7
#define RB_CTL_V_BOXED 8                /* u8 kind (0 int32, 1 int64, 2 nativeint), i64 */
#define RB_CTL_V_ANCESTOR 9             /* u32 d: the block d levels up the path (a cycle) */

/* ---- HELLO_REPLY features ---- */
#define RB_CTL_FEAT_STATS_GC 1          /* STATS_REPLY carries GC counters */

/* ---- STATS_REPLY: u64 fields, in this order ---- */
#define RB_CTL_STATS_FIELDS 12
#define RB_CTL_S_VALID 0                /* bit i set: field i is meaningful */
#define RB_CTL_S_UPTIME_NS 1
#define RB_CTL_S_MEM_AVAILABLE 2        /* bytes platform_alloc_pages can still give */
#define RB_CTL_S_MEM_LARGEST 3
#define RB_CTL_S_HEAP_WORDS 4
#define RB_CTL_S_MINOR_COLLECTIONS 5
#define RB_CTL_S_MAJOR_COLLECTIONS 6
#define RB_CTL_S_FRAMES_IN 7            /* frames accepted */
#define RB_CTL_S_FRAMES_REFUSED 8       /* ERROR frames sent */
#define RB_CTL_S_BYTES_IN 9
#define RB_CTL_S_BYTES_OUT 10
#define RB_CTL_S_MAX_PAYLOAD 11

/* ---- ERROR codes ---- */
#define RB_CTL_E_BAD_MAGIC 1            /* bytes skipped while looking for a magic */
#define RB_CTL_E_BAD_VERSION 2
#define RB_CTL_E_BAD_HEADER_CRC 3
#define RB_CTL_E_BAD_HEADER 4           /* reserved field or unknown flag set, length > RB_CTL_MAX_PAYLOAD */
#define RB_CTL_E_TOO_LARGE 5            /* length above this VM's max_payload */
#define RB_CTL_E_TRUNCATED 6
#define RB_CTL_E_BAD_PAYLOAD_CRC 7
#define RB_CTL_E_UNKNOWN_KIND 8
#define RB_CTL_E_UNSUPPORTED 9          /* a reserved kind this VM does not implement */
#define RB_CTL_E_BAD_PAYLOAD 10         /* payload malformed for its kind */

#ifndef __ASSEMBLER__
#include <stdint.h>

struct rb_ctl_header {
    uint32_t magic;
    uint16_t version;
    uint16_t kind;
    uint32_t flags;
    uint32_t seq;
    uint32_t length;
    uint32_t payload_crc;
    uint32_t reserved;
    uint32_t header_crc;
};

_Static_assert(sizeof(struct rb_ctl_header) == RB_CTL_HEADER_SIZE, "header size");
_Static_assert(__builtin_offsetof(struct rb_ctl_header, kind) == RB_CTL_OFF_KIND, "kind");
_Static_assert(__builtin_offsetof(struct rb_ctl_header, length) == RB_CTL_OFF_LENGTH, "length");
_Static_assert(__builtin_offsetof(struct rb_ctl_header, header_crc) == RB_CTL_OFF_HEADER_CRC, "hcrc");
#endif

#endif /* ROBUR_CONTROL_ABI_H */
