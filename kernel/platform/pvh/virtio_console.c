/* virtio_console.c: the control channel's byte stream, a virtio-serial port.
 *
 * Why a virtserialport in multiport mode and not the console port 0: QEMU's
 * virtconsole drops guest output when the host socket would block (it cannot
 * throttle a console), so a reply larger than the socket buffer (~200 KiB)
 * would lose bytes.  A virtserialport is throttled instead: the transmit
 * descriptor stays with QEMU until every byte has reached the socket.
 * Multiport mode needs the control queues (virtio 1.x section 5.3.6.2):
 *
 *   queue 0, 1   port 0 receive/transmit (unused here)
 *   queue 2, 3   control receive/transmit: 8-byte messages {id, event, value}
 *   queue 4, 5   port 1 receive/transmit: VCON_PORT's bytes
 *
 * Start-up: post the control and port receive buffers, DRIVER_OK, send
 * DEVICE_READY; the device answers PORT_ADD for each port; each gets
 * PORT_READY, and VCON_PORT also PORT_OPEN (the guest side is open).  The
 * device reports the host side with PORT_OPEN events on the control queue,
 * which vcon_read and a waiting vcon_write keep consuming.
 *
 * Receive: RX_BUFS fixed buffers of RX_BUF_SIZE bytes (QEMU's socket
 * chardev hands over at most 4 KiB per read), descriptor i = buffer i.  A
 * buffer returned by the device is read out in place and then posted again.
 * Transmit: one descriptor chain at a time, pointing at the caller's memory
 * (no copy), and the call waits for its return, so the caller may reuse the
 * memory at once, or until the host disconnects (QEMU then drops the chain
 * without returning it).  Polled: no interrupts, no locks (one CPU, one caller). */
#include "pvh.h"
#include "virtio_mmio.h"
#include "virtio_console.h"

#define VIRTIO_CONSOLE_F_MULTIPORT 1

/* Control events (virtio 1.x section 5.3.6.2). */
#define VIRTIO_CONSOLE_DEVICE_READY 0
#define VIRTIO_CONSOLE_DEVICE_ADD 1
#define VIRTIO_CONSOLE_DEVICE_REMOVE 2
#define VIRTIO_CONSOLE_PORT_READY 3
#define VIRTIO_CONSOLE_CONSOLE_PORT 4
#define VIRTIO_CONSOLE_RESIZE 5
#define VIRTIO_CONSOLE_PORT_OPEN 6
#define VIRTIO_CONSOLE_PORT_NAME 7

struct vcon_control {
    uint32_t id;
    uint16_t event;
    uint16_t value;
};

#define Q_CTRL_RX 2
#define Q_CTRL_TX 3
#define Q_PORT_RX (2 * VCON_PORT + (VCON_PORT ? 2 : 0))
#define Q_PORT_TX (Q_PORT_RX + 1)

#define RX_BUFS 64
#define RX_BUF_SIZE 4096
#define KICK_BATCH (port_rx.size / 4u)   /* >= 1: the queue has at least 4 entries */
#define CTRL_BUFS 8
#define CTRL_BUF_SIZE 128              /* PORT_NAME carries the name after the header */
#define PORT_ADD_TIMEOUT_NS 2000000000ULL

static struct virtio_dev dev;
static struct virtq ctrl_rx, ctrl_tx, port_rx, port_tx;
static char *rx_mem, *ctrl_mem;
static struct vcon_control ctrl_out;   /* the one control message in flight */

/* The receive buffer being read out: -1 when none. */
static int cur = -1;
static uint32_t cur_len, cur_off;
static int unkicked;                    /* buffers re-posted since the last kick */

static int port_added, host_open;
static uint32_t host_closes;            /* PORT_OPEN(0) events seen */

/* Eight bytes per step: under TCG and KVM's emulator each step of a rep
 * string instruction costs about as much as a whole instruction. */
static void copy(void *dst, const void *src, size_t n)
{
    size_t words = n >> 3, bytes = n & 7;
    __asm__ volatile("rep movsq" : "+D"(dst), "+S"(src), "+c"(words) : : "memory");
    __asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(bytes) : : "memory");
}

static void post_rx(struct virtq *q, char *mem, uint32_t size, uint16_t i)
{
    q->desc[i].addr = (uintptr_t)(mem + (size_t)i * size);
    q->desc[i].len = size;
    q->desc[i].flags = VRING_DESC_F_WRITE;
    q->desc[i].next = 0;
    virtq_push(q, i);
}

static void control_poll(void);

/* Sends one chain on q and polls until the device returns it.  For the port,
 * also gives up when the host disconnects meanwhile: QEMU then drops the
 * chain it was writing without ever returning it (it detaches the element),
 * and the descriptors are free again. */
static void send_chain(struct virtq *q, const void *const *parts, const size_t *lens, int n)
{
    for (int i = 0; i < n; i++) {
        q->desc[i].addr = (uintptr_t)parts[i];
        q->desc[i].len = (uint32_t)lens[i];
        q->desc[i].flags = i + 1 < n ? VRING_DESC_F_NEXT : 0;
        q->desc[i].next = (uint16_t)(i + 1);
    }
    uint32_t closes = host_closes;
    virtq_push(q, 0);
    virtq_kick(q);
    uint32_t id, len;
    while (!virtq_pop(q, &id, &len)) {
        if (virtio_mmio_status(&dev) & VIRTIO_STATUS_NEEDS_RESET) return;
        if (q == &port_tx) {
            control_poll();
            if (host_closes != closes) return;
        }
        cpu_relax();
    }
}

static void control_send(uint32_t id, uint16_t event, uint16_t value)
{
    ctrl_out.id = id;
    ctrl_out.event = event;
    ctrl_out.value = value;
    const void *p = &ctrl_out;
    size_t n = sizeof ctrl_out;
    send_chain(&ctrl_tx, &p, &n, 1);
}

/* Handles every control message the device has returned. */
static void control_poll(void)
{
    uint32_t id, len;
    int any = 0;
    while (virtq_pop(&ctrl_rx, &id, &len)) {
        if (id >= CTRL_BUFS) continue;   /* not ours: ignore */
        struct vcon_control m;
        copy(&m, ctrl_mem + (size_t)id * CTRL_BUF_SIZE, sizeof m);
        post_rx(&ctrl_rx, ctrl_mem, CTRL_BUF_SIZE, (uint16_t)id);
        any = 1;
        if (len < sizeof m) continue;
        switch (m.event) {
        case VIRTIO_CONSOLE_DEVICE_ADD:
            /* Every port is acknowledged; only ours is opened. */
            control_send(m.id, VIRTIO_CONSOLE_PORT_READY, 1);
            if (m.id == VCON_PORT) {
                port_added = 1;
                control_send(m.id, VIRTIO_CONSOLE_PORT_OPEN, 1);
            }
            break;
        case VIRTIO_CONSOLE_PORT_OPEN:
            if (m.id == VCON_PORT) {
                host_open = m.value != 0;
                if (!host_open) host_closes++;
            }
            break;
        case VIRTIO_CONSOLE_DEVICE_REMOVE:
            if (m.id == VCON_PORT) {
                port_added = host_open = 0;
                host_closes++;
            }
            break;
        default:   /* CONSOLE_PORT, RESIZE, PORT_NAME: nothing to do */
            break;
        }
    }
    if (any) virtq_kick(&ctrl_rx);
}

int vcon_init(void)
{
    int legacy;
    if (!virtio_mmio_find(VIRTIO_ID_CONSOLE, &dev, &legacy))
        return legacy ? VCON_E_LEGACY : VCON_E_NO_DEVICE;
    uint64_t feats;
    if (!virtio_mmio_negotiate(&dev, 1ULL << VIRTIO_CONSOLE_F_MULTIPORT, &feats) ||
        !(feats & (1ULL << VIRTIO_CONSOLE_F_MULTIPORT)))
        return VCON_E_FEATURES;
    if (!virtio_queue_setup(&dev, &ctrl_rx, Q_CTRL_RX, 16) ||
        !virtio_queue_setup(&dev, &ctrl_tx, Q_CTRL_TX, 4) ||
        !virtio_queue_setup(&dev, &port_rx, Q_PORT_RX, RX_BUFS) ||
        !virtio_queue_setup(&dev, &port_tx, Q_PORT_TX, 8) ||
        ctrl_rx.size < CTRL_BUFS || port_rx.size < 4 || port_tx.size < VCON_MAX_PARTS)
        return VCON_E_QUEUES;
    rx_mem = platform_alloc_pages((size_t)port_rx.size * RX_BUF_SIZE);
    ctrl_mem = platform_alloc_pages((size_t)CTRL_BUFS * CTRL_BUF_SIZE);
    if (!rx_mem || !ctrl_mem) return VCON_E_QUEUES;
    for (uint16_t i = 0; i < CTRL_BUFS; i++) post_rx(&ctrl_rx, ctrl_mem, CTRL_BUF_SIZE, i);
    for (uint16_t i = 0; i < port_rx.size; i++) post_rx(&port_rx, rx_mem, RX_BUF_SIZE, i);
    virtio_mmio_ready(&dev);
    virtq_kick(&ctrl_rx);
    virtq_kick(&port_rx);

    control_send(0, VIRTIO_CONSOLE_DEVICE_READY, 1);
    uint64_t deadline = platform_monotonic_ns() + PORT_ADD_TIMEOUT_NS;
    while (!port_added) {
        control_poll();
        if (platform_monotonic_ns() > deadline) return VCON_E_NO_PORT;
        cpu_relax();
    }
    return 0;
}

int vcon_host_connected(void)
{
    control_poll();
    return host_open;
}

size_t vcon_read(void *buf, size_t len)
{
    size_t got = 0;
    char *out = buf;
    while (got < len) {
        if (cur < 0) {
            uint32_t id, n;
            if (!virtq_pop(&port_rx, &id, &n)) break;
            if (id >= port_rx.size) continue;   /* not ours: ignore */
            cur = (int)id;
            cur_len = n > RX_BUF_SIZE ? RX_BUF_SIZE : n;
            cur_off = 0;
        }
        size_t take = cur_len - cur_off;
        if (take > len - got) take = len - got;
        copy(out + got, rx_mem + (size_t)cur * RX_BUF_SIZE + cur_off, take);
        got += take;
        cur_off += (uint32_t)take;
        if (cur_off == cur_len) {
            post_rx(&port_rx, rx_mem, RX_BUF_SIZE, (uint16_t)cur);
            cur = -1;
            unkicked++;
        }
    }
    /* Re-posted buffers are visible to the device at once; the kick only
     * wakes a device that found the ring empty and stopped reading its
     * socket.  That happens only once every buffer was used, so one kick per
     * KICK_BATCH re-posted buffers always comes in time, and a small request
     * costs no exit at all. */
    if ((unsigned)unkicked >= KICK_BATCH) {
        virtq_kick(&port_rx);
        unkicked = 0;
    }
    if (!got) control_poll();
    return got;
}

void vcon_write(const void *const *parts, const size_t *lens, int n)
{
    const void *p[VCON_MAX_PARTS];
    size_t l[VCON_MAX_PARTS];
    int k = 0;
    for (int i = 0; i < n && i < VCON_MAX_PARTS; i++)
        if (lens[i]) {   /* zero-length descriptors are not allowed */
            p[k] = parts[i];
            l[k++] = lens[i];
        }
    if (k) send_chain(&port_tx, p, l, k);
}
